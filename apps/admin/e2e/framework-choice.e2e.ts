import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createFramework, createUser, uniqueSuffix } from '@rim/testing';
import type { Page } from 'playwright-core';
import { login } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';
import { admitThroughApi, LOT, REGION, TARGET_GROUP, type AdmittedProvider } from './support/framework.js';

/** The KvK numbers of the providers on the choice page, in the order shown. */
async function shownOrder(page: Page): Promise<string[]> {
  await page.getByTestId('choice-set').waitFor();
  return page.getByTestId('choice-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-kvk') ?? ''));
}

async function admitProviders(baseURL: string, frameworkId: string, count: number): Promise<AdmittedProvider[]> {
  const officer = await createUser({ role: Role.BuyerOfficer });
  const admitted: AdmittedProvider[] = [];
  for (let i = 0; i < count; i++) {
    const provider = await createUser({ role: Role.ProviderAdmin });
    admitted.push(await admitThroughApi(baseURL, { frameworkId, provider, officer, capacity: 3 + i }));
  }
  return admitted;
}

describe('web app: the client-choice page and the participants (FW-6, FW-7, FW-8)', () => {
  const env = useBrowserEnvironment();

  it('FW-7: the public choice page shows every admitted provider for the lot, region and target group, unranked, in the same order on reload', async () => {
    const framework = await createFramework();
    const providers = await admitProviders(env.server.url, framework.id, 4);
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });

    // Anyone, without an account: from the public menu to the choice page; the choices are made with the selects.
    await page.goto('/login');
    await page.getByRole('navigation', { name: 'Openbare pagina’s' }).getByRole('link', { name: 'Keuzepagina' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keuzepagina' }).waitFor();
    await page.waitForURL((url) => url.searchParams.has('seed'));
    await page.getByLabel('Raamovereenkomst').selectOption(framework.id);
    await page.getByLabel('Perceel').selectOption({ label: LOT.name });
    await page.getByLabel('Uw arbeidsmarktregio').selectOption({ label: REGION.name });
    await page.getByLabel('Uw doelgroep').selectOption({ label: TARGET_GROUP.name });

    const first = await shownOrder(page);
    expect([...first].sort()).toEqual(providers.map((p) => p.kvkNumber).sort());
    // Plain Dutch that the order is chance, not a ranking; an unordered list; the same facts for each provider.
    const note = await page.getByTestId('choice-order-note').innerText();
    expect(note).toContain('door het toeval bepaald');
    expect(note).toContain('geen rangorde');
    expect(await page.getByTestId('choice-list').evaluate((list) => list.tagName)).toBe('UL');
    const factCounts = await page.getByTestId('choice-item').evaluateAll((items) => items.map((item) => item.querySelectorAll('dt').length));
    expect(new Set(factCounts).size).toBe(1);
    await screenshot(page, 'framework-choice-page');

    // FW-7 reproducible: the seed is in the URL, so a reload shows the same order.
    const url = new URL(page.url());
    expect(url.searchParams.get('lot')).toBe(LOT.code);
    expect(url.searchParams.get('region')).toBe(REGION.code);
    expect(url.searchParams.get('targetGroup')).toBe(TARGET_GROUP.code);
    const seed = url.searchParams.get('seed');
    await page.reload();
    expect(await shownOrder(page)).toEqual(first);
    expect(new URL(page.url()).searchParams.get('seed')).toBe(seed);

    // The same link opened elsewhere shows the same order too.
    const other = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await other.goto(page.url());
    expect(await shownOrder(other)).toEqual(first);
    await other.context().close();

    // The participants list is public as well, filtered by lot and region in the URL.
    await page.getByRole('navigation', { name: 'Openbare pagina’s' }).getByRole('link', { name: 'Deelnemers raamovereenkomst' }).click();
    await page.getByLabel('Raamovereenkomst').selectOption(framework.id);
    await page.getByLabel('Perceel').selectOption({ label: LOT.name });
    await page.getByLabel('Arbeidsmarktregio').selectOption({ label: REGION.name });
    await page.getByTestId('result-count').filter({ hasText: `${providers.length} deelnemers gevonden` }).waitFor();
    const listed = await page.getByTestId('public-participant-row').getByRole('rowheader').allInnerTexts();
    expect(listed.map((name) => name.trim()).sort()).toEqual(providers.map((p) => p.name).sort());
    const participantsUrl = new URL(page.url());
    expect(participantsUrl.searchParams.get('framework')).toBe(framework.id);
    expect(participantsUrl.searchParams.get('region')).toBe(REGION.code);
    await screenshot(page, 'framework-public-participants');
    await page.context().close();
  }, 240_000);

  it('FW-6: an officer suspends a participant with an end date and a reason, and it drops off the choice page (FW-8)', async () => {
    const framework = await createFramework();
    const [kept, suspended] = await admitProviders(env.server.url, framework.id, 2);
    if (!kept || !suspended) throw new Error('set-up admitted too few providers');
    const choiceUrl = `/openbaar/keuzepagina?framework=${framework.id}&lot=${LOT.code}&region=${REGION.code}&targetGroup=${TARGET_GROUP.code}&seed=fw6-${uniqueSuffix()}`;

    const visitor = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await visitor.goto(choiceUrl);
    expect((await shownOrder(visitor)).sort()).toEqual([kept.kvkNumber, suspended.kvkNumber].sort());

    const officer = await createUser({ role: Role.BuyerOfficer });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(page, officer);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Deelnemers' }).click();
    await page.getByLabel('Raamovereenkomst').selectOption(framework.id);
    const row = page.locator(`[data-testid="participant-row"][data-kvk="${suspended.kvkNumber}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('ACTIVE');
    await row.getByRole('button', { name: `${suspended.name} (${LOT.name}) schorsen` }).click();

    // Both an end date and a reason are required.
    const form = page.getByTestId('participation-action');
    await form.getByRole('button', { name: 'Schorsen' }).click();
    expect(await form.innerText()).toContain('Kies de datum waarop de schorsing eindigt.');
    expect(await form.innerText()).toContain('Geef de reden.');
    await form.getByLabel('Einde van de schorsing').fill('2030-06-30');
    await form.getByLabel('Reden').fill('Klachten over de begeleiding worden onderzocht.');
    await screenshot(page, 'framework-participant-suspend');
    await form.getByRole('button', { name: 'Schorsen' }).click();
    await page.getByTestId('participation-done').waitFor();
    await page.locator(`[data-testid="participant-row"][data-kvk="${suspended.kvkNumber}"][data-status="SUSPENDED"]`).waitFor();
    expect(await row.innerText()).toContain('Geschorst');
    expect(await row.innerText()).toContain('Klachten over de begeleiding worden onderzocht.');
    await screenshot(page, 'framework-participant-suspended');
    await page.context().close();

    // The same choice page, reloaded: the suspended provider is gone, the other one remains.
    await visitor.reload();
    expect(await shownOrder(visitor)).toEqual([kept.kvkNumber]);
    await screenshot(visitor, 'framework-choice-after-suspension');
    await visitor.context().close();
  }, 240_000);
});
