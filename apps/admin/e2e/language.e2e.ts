import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createUser } from '@rim/testing';
import type { Page } from 'playwright-core';
import { LABELS, login, menuItems } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('web app: Dutch by default, English on request (TR-6)', () => {
  const env = useBrowserEnvironment();

  it('TR-6: the app opens in Dutch even for a browser that prefers English', async () => {
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'en', presetAppLanguage: false });
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: LABELS.nl.signIn }).waitFor();
    expect(await htmlLang(page)).toBe('nl');
    await page.context().close();
  }, 60_000);

  it('TR-6: the language switch turns the whole UI English and back, sets <html lang>, and is remembered', async () => {
    const user = await createUser({ role: Role.Admin });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(page, user, 'nl');
    expect(await htmlLang(page)).toBe('nl');
    expect(await menuItems(page, 'nl')).toEqual(expect.arrayContaining([LABELS.nl.register, LABELS.nl.audit, LABELS.nl.queues]));
    await screenshot(page, 'language-dutch-home');

    // The switch offers the other language, labelled in that language.
    const toEnglish = page.getByTestId('language-switch');
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    await toEnglish.click();

    await page.getByRole('navigation', { name: LABELS.en.mainNav }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await menuItems(page, 'en')).toEqual(expect.arrayContaining([LABELS.en.register, LABELS.en.audit, LABELS.en.queues]));
    expect(await page.getByRole('button', { name: LABELS.en.logout }).count()).toBe(1);

    await page.getByRole('navigation', { name: LABELS.en.mainNav }).getByRole('link', { name: LABELS.en.register }).click();
    await page.getByRole('heading', { level: 1, name: LABELS.en.register }).waitFor();
    await page.getByLabel(LABELS.en.search).waitFor();
    await page.getByTestId('result-count').filter({ hasText: 'found' }).waitFor();
    expect(await page.title()).toBe('Provider register — Reintegration Marketplace');
    await screenshot(page, 'language-english-register');

    // Remembered across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: LABELS.en.register }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: LABELS.nl.register }).waitFor();
    expect(await htmlLang(page)).toBe('nl');
    expect(await menuItems(page, 'nl')).toContain(LABELS.nl.register);
    await screenshot(page, 'language-dutch-again');
    await page.context().close();
  }, 90_000);

  it('TR-6: the login error is shown in English when English is chosen', async () => {
    const user = await createUser({ role: Role.BuyerCoach });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'en' });
    await page.goto('/login');
    await page.getByLabel(LABELS.en.email).fill(user.email);
    await page.getByLabel(LABELS.en.password).fill(`${user.password}-wrong`);
    await page.getByRole('button', { name: LABELS.en.signIn }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The email address or password is incorrect.');
    expect(await htmlLang(page)).toBe('en');
    await screenshot(page, 'login-wrong-password-english');
    await page.context().close();
  }, 60_000);
});
