import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createUser } from '@rim/testing';
import { LABELS, login, menuItems, submitLogin } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';

const nl = LABELS.nl;

describe('web app: sign-in and navigation by permission (SPEC §1 deny by default, §8 one SPA for all roles)', () => {
  const env = useBrowserEnvironment();

  it('a wrong password is refused with the AUTH_INVALID_CREDENTIALS message in Dutch, and no session starts', async () => {
    const user = await createUser({ role: Role.BuyerOfficer });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });

    await submitLogin(page, { email: user.email, password: `${user.password}-wrong` });

    // Announced to screen readers (role=alert), in Dutch, chosen by the problem's code rather than its English detail.
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Het e-mailadres of wachtwoord is onjuist.');
    expect(await page.getByTestId('problem-alert').getAttribute('data-code')).toBe('AUTH_INVALID_CREDENTIALS');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.evaluate(() => window.sessionStorage.getItem('rim.accessToken'))).toBeNull();
    expect(await page.getByRole('navigation', { name: nl.mainNav }).count()).toBe(0);
    await screenshot(page, 'login-wrong-password');
    await page.context().close();
  }, 60_000);

  it('a buyer officer sees the provider register in the menu but not the queue monitor, nor the page behind it', async () => {
    const user = await createUser({ role: Role.BuyerOfficer });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });

    await login(page, user);

    const items = await menuItems(page);
    expect(items).toContain(nl.register);
    expect(items).not.toContain(nl.queues);
    expect(items).not.toContain(nl.audit);
    expect(items).not.toContain(nl.myOrganisation);
    await screenshot(page, 'menu-buyer-officer');

    // The URL typed in by hand is guarded by the same permission as the menu item.
    await page.goto('/wachtrijen');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(await page.getByRole('navigation', { name: nl.mainNav }).getByRole('link', { name: nl.queues }).count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('an admin sees the queue monitor and can open it', async () => {
    const user = await createUser({ role: Role.Admin });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });

    await login(page, user);

    const items = await menuItems(page);
    expect(items).toEqual(expect.arrayContaining([nl.register, nl.audit, nl.queues]));
    await page.getByRole('navigation', { name: nl.mainNav }).getByRole('link', { name: nl.queues }).click();
    await page.getByRole('heading', { level: 1, name: nl.queues }).waitFor();
    await page.getByRole('table', { name: 'Taken per wachtrij' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/wachtrijen');
    await screenshot(page, 'menu-admin-queue-monitor');
    await page.context().close();
  }, 60_000);

  it('a provider user sees neither the provider register nor the audit trail, only their own organisation', async () => {
    const user = await createUser({ role: Role.ProviderUser });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });

    await login(page, user);

    const items = await menuItems(page);
    expect(items).not.toContain(nl.register);
    expect(items).not.toContain(nl.audit);
    expect(items).not.toContain(nl.queues);
    expect(items).toContain(nl.myOrganisation);
    await page.getByRole('navigation', { name: nl.mainNav }).getByRole('link', { name: nl.myOrganisation }).click();
    await page.getByRole('heading', { level: 1, name: nl.myOrganisation }).waitFor();
    await page.getByTestId('organisation-details').waitFor();
    await screenshot(page, 'menu-provider-user');
    await page.context().close();
  }, 60_000);

  it('signing out ends the session: the token is gone and protected pages send the user back to the login page', async () => {
    const user = await createUser({ role: Role.BuyerOfficer });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(page, user);

    await page.getByRole('button', { name: nl.logout }).click();

    await page.getByRole('heading', { level: 1, name: nl.signIn }).waitFor();
    expect(await page.evaluate(() => window.sessionStorage.getItem('rim.accessToken'))).toBeNull();
    await page.goto('/aanbieders');
    await page.waitForURL('**/login');
    await page.context().close();
  }, 60_000);

  it('a call answered with 401 (token no longer valid) returns the user to the login page with a notice', async () => {
    const user = await createUser({ role: Role.BuyerOfficer });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(page, user);

    // The session ends server-side while the app is open; the next API call the app makes gets a 401.
    await page.evaluate(() => window.sessionStorage.setItem('rim.accessToken', 'not-a-valid-token'));
    await page.getByRole('navigation', { name: nl.mainNav }).getByRole('link', { name: nl.register }).click();

    await page.waitForURL('**/login');
    const notice = page.getByTestId('session-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Uw sessie is verlopen');
    expect(await page.evaluate(() => window.sessionStorage.getItem('rim.accessToken'))).toBeNull();
    await page.context().close();
  }, 60_000);
});
