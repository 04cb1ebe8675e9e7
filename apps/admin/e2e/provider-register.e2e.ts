import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createProviders, createUser } from '@rim/testing';
import type { Page } from 'playwright-core';
import { LABELS, login } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';

const nl = LABELS.nl;
const PAGE_SIZE = 25;

async function rowNames(page: Page): Promise<string[]> {
  return (await page.getByTestId('provider-row').getByRole('rowheader').allInnerTexts()).map((name) => name.trim());
}

/** Waits until the result count reads `text` and no load is running. */
async function waitForCount(page: Page, text: string): Promise<void> {
  await page.getByTestId('result-count').filter({ hasText: text }).waitFor();
  await page.getByTestId('loading').waitFor({ state: 'detached' });
}

describe('web app: provider register (FW-9 scale, SPEC §8)', () => {
  const env = useBrowserEnvironment();

  it('FW-9: searching by a name prefix within a region finds exactly those providers, paginated, with the filters in the URL', async () => {
    const user = await createUser({ role: Role.BuyerOfficer });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(page, user);
    await page.getByRole('navigation', { name: nl.mainNav }).getByRole('link', { name: nl.register }).click();

    // A region from the app's own region list (reference data, not demo data).
    const regionSelect = page.getByLabel(nl.region);
    await regionSelect.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
    const regionCodes = (await regionSelect.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
    expect(regionCodes.length).toBeGreaterThan(0);
    const region = regionCodes[regionCodes.length - 1] as string;

    const prefix = `Proefaanbieder ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const { names } = await createProviders(30, { region, namePrefix: prefix });
    expect(names).toHaveLength(30);

    await regionSelect.selectOption(region);
    await page.getByLabel(nl.search).fill(prefix);
    // The region alone may already match 30 here: wait until the debounced search has reached the URL.
    await page.waitForURL((url) => url.searchParams.get('q') === prefix);
    await waitForCount(page, '30 aanbieders gevonden');

    const firstPage = await rowNames(page);
    expect(firstPage).toHaveLength(PAGE_SIZE);
    for (const name of firstPage) expect(name.startsWith(prefix)).toBe(true);
    const url1 = new URL(page.url());
    expect(url1.searchParams.get('q')).toBe(prefix);
    expect(url1.searchParams.get('region')).toBe(region);
    await screenshot(page, 'register-search-page-1');

    await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende pagina' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await waitForCount(page, '30 aanbieders gevonden');
    const secondPage = await rowNames(page);
    expect(secondPage).toHaveLength(30 - PAGE_SIZE);
    for (const name of secondPage) expect(name.startsWith(prefix)).toBe(true);
    // Together the two pages hold every created provider exactly once.
    expect(new Set([...firstPage, ...secondPage])).toEqual(new Set(names));
    expect(await page.getByRole('link', { name: 'Pagina 2' }).getAttribute('aria-current')).toBe('page');
    await screenshot(page, 'register-search-page-2');

    // The URL is shareable: opening it fresh shows the same filtered page 2.
    const shared = page.url();
    const other = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(other, user);
    await other.goto(shared);
    await waitForCount(other, '30 aanbieders gevonden');
    expect(await rowNames(other)).toEqual(secondPage);
    expect(await other.getByLabel(nl.search).inputValue()).toBe(prefix);
    expect(await other.getByLabel(nl.region).inputValue()).toBe(region);
    await other.context().close();

    // The back button returns to page 1 of the same search.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('page'));
    await waitForCount(page, '30 aanbieders gevonden');
    expect(await rowNames(page)).toEqual(firstPage);
    await page.context().close();
  }, 90_000);

  it('FW-9: a search that matches nothing shows the empty state, not an empty table', async () => {
    const user = await createUser({ role: Role.BuyerEvaluator });
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(page, user);
    await page.goto(`/aanbieders?q=${encodeURIComponent(`Bestaat-niet-${Date.now().toString(36)}`)}`);

    await waitForCount(page, '0 aanbieders gevonden');
    await page.getByTestId('register-empty').waitFor();
    expect(await page.getByTestId('register-table').count()).toBe(0);
    expect(await page.getByTestId('pagination').count()).toBe(0);
    await screenshot(page, 'register-empty');
    await page.context().close();
  }, 60_000);
});
