import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createFramework, createUser, uniqueKvkNumber, uniqueSuffix } from '@rim/testing';
import type { Browser, Page } from 'playwright-core';
import { login } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';
import {
  fillApplication,
  LOT,
  markRequirements,
  openFromReviewQueue,
  organisationOf,
  REGION,
  startApplication,
  statusText,
  submitApplication,
  TARGET_GROUP,
  uploadAllEvidence,
  waitForApplicationStatus,
} from './support/framework.js';

/** A provider (from the factory) that has filled in, proved and submitted an application through the web app. */
async function providerWithSubmittedApplication(browser: Browser, baseURL: string, frameworkId: string): Promise<{ page: Page; kvkNumber: string; applicationUrl: string }> {
  const provider = await createUser({ role: Role.ProviderAdmin });
  const page = await newPage(browser, { baseURL, language: 'nl' });
  const { kvkNumber } = await organisationOf(baseURL, provider);
  await login(page, provider);
  await startApplication(page, frameworkId);
  await uploadAllEvidence(page);
  await fillApplication(page, { capacity: 6 });
  await submitApplication(page);
  return { page, kvkNumber, applicationUrl: page.url() };
}

describe('web app: enrolment in the open framework (FW-2, FW-3, FW-4)', () => {
  const env = useBrowserEnvironment();

  it('FW-2: a provider registers through the public form, signs in, applies for a lot, proves every requirement and submits', async () => {
    const framework = await createFramework();
    const suffix = uniqueSuffix();
    const kvkNumber = uniqueKvkNumber();
    const adminEmail = `beheer-${suffix}@aanbieder.test`;
    const password = `geheim-wachtwoord-${suffix}`;
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });

    // Public: from the login page to the registration form, no account needed.
    await page.goto('/login');
    await page.getByRole('navigation', { name: 'Openbare pagina’s' }).getByRole('link', { name: 'Registreren als aanbieder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registreren als aanbieder' }).waitFor();

    // The form refuses a short password before anything is sent.
    await page.getByLabel('KvK-nummer').fill(kvkNumber);
    await page.getByLabel('Naam van de organisatie').fill(`Proefbedrijf ${suffix} B.V.`);
    await page.getByLabel('E-mailadres van de organisatie').fill(`info-${suffix}@aanbieder.test`);
    await page.getByLabel('Straat en huisnummer').fill('Oudegracht 1');
    await page.getByLabel('Postcode').fill('3511 AB');
    await page.getByLabel('Plaats').fill('Utrecht');
    await page.getByLabel('Arbeidsmarktregio van vestiging').selectOption(REGION.code);
    await page.getByLabel('Grootteklasse').selectOption({ label: 'Klein' });
    await page.getByLabel('Aantal medewerkers').fill('12');
    await page.getByLabel('Aantal cliënten per jaar').fill('80');
    await page.getByRole('group', { name: 'Diensten die u aanbiedt' }).getByLabel(LOT.name, { exact: true }).check();
    await page.getByRole('group', { name: 'Regio’s waarin u werkt' }).getByLabel(REGION.name, { exact: true }).check();
    await page.getByRole('group', { name: 'Doelgroepen die u begeleidt' }).getByLabel(TARGET_GROUP.name, { exact: true }).check();
    await page.getByLabel('Uw naam').fill(`Beheerder ${suffix}`);
    await page.getByLabel('Uw e-mailadres (om in te loggen)').fill(adminEmail);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('te-kort');
    await page.getByRole('button', { name: 'Registreren' }).click();
    expect(await page.getByText('Kies een wachtwoord van minimaal 12 tekens.').count()).toBe(1);
    expect(await page.getByTestId('signup-success').count()).toBe(0);

    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await screenshot(page, 'framework-signup-form');
    await page.getByRole('button', { name: 'Registreren' }).click();
    const success = page.getByTestId('signup-success');
    await success.waitFor();
    expect(await success.innerText()).toContain(`U kunt nu inloggen met ${adminEmail}`);
    await screenshot(page, 'framework-signup-success');

    // The new administrator signs in and applies for the lot.
    await success.getByRole('link', { name: 'Naar inloggen' }).click();
    await login(page, { email: adminEmail, password });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Raamovereenkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Raamovereenkomst' }).waitFor();
    await startApplication(page, framework.id);

    // Submitting an empty application is refused with what is missing (FW-2 completeness), in Dutch.
    await page.getByRole('button', { name: 'Opslaan en indienen' }).click();
    const problem = page.getByTestId('problem-alert');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('APPLICATION_INCOMPLETE');
    expect(await problem.innerText()).toContain('Bewijsstukken: ME-02');
    await waitForApplicationStatus(page, 'Concept');

    const documents = await uploadAllEvidence(page);
    expect(documents).toBe(6);
    await fillApplication(page, { capacity: 10 });
    await screenshot(page, 'framework-application-filled');
    await submitApplication(page);
    // The decision clock started (FW-3): a due date is shown.
    expect(await page.getByTestId('application-summary').innerText()).toMatch(/Uiterste beslisdatum\s*\S+/);
    await screenshot(page, 'framework-application-submitted');

    await page.goto('/mijn-raamovereenkomst');
    const row = page.getByTestId('my-application-row').filter({ hasText: LOT.name });
    expect(await row.getAttribute('data-status')).toBe('SUBMITTED');
    expect(await statusText(row)).toBe('Ingediend');
    await page.context().close();
  }, 180_000);

  it('FW-3: an officer admits an application after a request for information, and the provider takes part (FW-4)', async () => {
    const framework = await createFramework();
    const officer = await createUser({ role: Role.BuyerOfficer });
    const { page: provider, kvkNumber, applicationUrl } = await providerWithSubmittedApplication(env.browser, env.server.url, framework.id);
    const question = `Stuur het verzekeringsbewijs met het polisnummer mee (${uniqueSuffix()}).`;

    // The officer finds the application in the queue, starts the review and asks for information.
    const officerPage = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(officerPage, officer);
    await officerPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beoordelen' }).click();
    await officerPage.getByRole('table', { name: /Aanvragen, vroegste beslisdatum eerst/ }).waitFor();
    await screenshot(officerPage, 'framework-review-queue');
    await openFromReviewQueue(officerPage, kvkNumber);
    await officerPage.getByRole('button', { name: 'Beoordeling starten' }).click();
    await waitForApplicationStatus(officerPage, 'In beoordeling');
    expect(await officerPage.getByTestId('evidence-row').count()).toBe(6);
    await officerPage.getByLabel('Uw vraag aan de aanbieder').fill(question);
    await officerPage.getByRole('button', { name: 'Informatie vragen' }).click();
    await waitForApplicationStatus(officerPage, 'Aanvulling gevraagd');
    await screenshot(officerPage, 'framework-review-info-requested');

    // The provider reads the request (notification and application page), changes the capacity and resubmits.
    await provider.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Meldingen' }).click();
    const notification = provider.locator('[data-testid="notification"][data-kind="APPLICATION_INFO_REQUESTED"]').first();
    await notification.waitFor();
    expect(await notification.innerText()).toContain(question);
    await notification.getByRole('link', { name: 'Aanvraag openen' }).click();
    await waitForApplicationStatus(provider, 'Aanvulling gevraagd');
    expect(await provider.getByTestId('info-request').innerText()).toContain(question);
    await screenshot(provider, 'framework-provider-info-request');
    await provider.getByLabel('Capaciteit', { exact: true }).fill('9');
    await submitApplication(provider);
    expect(provider.url()).toBe(applicationUrl);

    // The officer reviews again and finds every requirement met: the provider is admitted.
    await officerPage.reload();
    await waitForApplicationStatus(officerPage, 'Ingediend');
    await officerPage.getByRole('button', { name: 'Beoordeling starten' }).click();
    await waitForApplicationStatus(officerPage, 'In beoordeling');
    await markRequirements(officerPage);
    await screenshot(officerPage, 'framework-decision-admit');
    await officerPage.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await waitForApplicationStatus(officerPage, 'Toegelaten');
    await officerPage.context().close();

    // The provider sees the admission and an active participation in the lot, bound to the terms it applied under.
    await provider.goto('/mijn-raamovereenkomst');
    const application = provider.locator('[data-testid="my-application-row"][data-status="ADMITTED"]');
    await application.waitFor();
    expect(await statusText(application)).toBe('Toegelaten');
    const participation = provider.locator(`[data-testid="my-participation-row"][data-lot="${LOT.code}"]`);
    await participation.waitFor();
    expect(await statusText(participation, 'participation')).toBe('Actief');
    await screenshot(provider, 'framework-provider-admitted');
    await provider.context().close();
  }, 240_000);

  it('FW-3: an officer rejects an application with a reason per failed requirement, and the provider sees that reason', async () => {
    const framework = await createFramework();
    const officer = await createUser({ role: Role.BuyerOfficer });
    const { page: provider, kvkNumber, applicationUrl } = await providerWithSubmittedApplication(env.browser, env.server.url, framework.id);
    const reason = `Het keurmerk Blik op Werk staat niet op naam van deze organisatie (${uniqueSuffix()}).`;

    const officerPage = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(officerPage, officer);
    await openFromReviewQueue(officerPage, kvkNumber);
    await officerPage.getByRole('button', { name: 'Beoordeling starten' }).click();
    await waitForApplicationStatus(officerPage, 'In beoordeling');

    // "Not met" without a reason is refused by the form; nothing is sent.
    await markRequirements(officerPage, { 'ME-02': null });
    await officerPage.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const requirement = officerPage.locator('[data-testid="decision-requirement"][data-code="ME-02"]');
    expect(await requirement.innerText()).toContain('Geef de reden waarom niet aan deze eis is voldaan.');
    await screenshot(officerPage, 'framework-decision-reason-missing');
    await waitForApplicationStatus(officerPage, 'In beoordeling');

    await markRequirements(officerPage, { 'ME-02': reason });
    expect(await officerPage.getByTestId('decision-outcome').innerText()).toContain('afwijzen');
    await officerPage.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await waitForApplicationStatus(officerPage, 'Afgewezen');
    await officerPage.context().close();

    // The provider sees the rejection and, in the history, the reason for the failed requirement.
    await provider.goto(applicationUrl);
    await waitForApplicationStatus(provider, 'Afgewezen');
    const failed = provider.locator('[data-testid="history-decision"][data-met="false"]');
    expect(await failed.count()).toBe(1);
    expect(await failed.innerText()).toContain('ME-02');
    expect(await failed.innerText()).toContain('Niet voldaan');
    expect(await failed.innerText()).toContain(reason);
    await screenshot(provider, 'framework-provider-rejected');
    await provider.goto('/meldingen');
    await provider.locator('[data-testid="notification"][data-kind="APPLICATION_REJECTED"]').waitFor();
    await provider.goto('/mijn-raamovereenkomst');
    await provider.getByTestId('participations-empty').waitFor();
    await provider.context().close();
  }, 240_000);
});
