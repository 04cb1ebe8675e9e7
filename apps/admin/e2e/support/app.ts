import type { Page } from 'playwright-core';
import type { Language } from './browser.js';

/** Visible labels the tests address the UI by (as a user would), per language. */
export const LABELS = {
  nl: {
    email: 'E-mailadres',
    password: 'Wachtwoord',
    signIn: 'Inloggen',
    mainNav: 'Hoofdmenu',
    register: 'Aanbiedersregister',
    myOrganisation: 'Mijn organisatie',
    audit: 'Audittrail',
    queues: 'Wachtrijen',
    search: 'Zoeken op naam of KvK-nummer',
    region: 'Arbeidsmarktregio',
    logout: 'Uitloggen',
  },
  en: {
    email: 'Email address',
    password: 'Password',
    signIn: 'Sign in',
    mainNav: 'Main menu',
    register: 'Provider register',
    myOrganisation: 'My organisation',
    audit: 'Audit trail',
    queues: 'Queues',
    search: 'Search by name or KvK number',
    region: 'Labour-market region',
    logout: 'Sign out',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** Fills and submits the login form, addressing the fields by their labels. */
export async function submitLogin(page: Page, credentials: { email: string; password: string }, language: Language = 'nl'): Promise<void> {
  const labels = LABELS[language];
  await page.goto('/login');
  await page.getByLabel(labels.email).fill(credentials.email);
  await page.getByLabel(labels.password).fill(credentials.password);
  await page.getByRole('button', { name: labels.signIn }).click();
}

/** Logs in and waits for the signed-in shell (its main menu). */
export async function login(page: Page, credentials: { email: string; password: string }, language: Language = 'nl'): Promise<void> {
  await submitLogin(page, credentials, language);
  await page.getByRole('navigation', { name: LABELS[language].mainNav }).waitFor();
}

/** The names of the main menu's links, in order. */
export async function menuItems(page: Page, language: Language = 'nl'): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: LABELS[language].mainNav });
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}
