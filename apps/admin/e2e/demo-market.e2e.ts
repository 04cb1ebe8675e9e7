import { describe, expect, it } from '@jest/globals';
import { startDemoMarketServer } from '@rim/testing';
import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-market.js';
import { login } from './support/app.js';
import { seriousAxeViolations } from './support/axe.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';

const INSPECTOR = { email: 'inspecteur@inspectie.demo', password: DEMO_PASSWORD };
/** A BSN: nine digits standing alone (not part of a grouped number, an id or a hash); no page may show one. */
const NINE_DIGITS = /(?<![\w.,-])\d{9}(?![\w.,-])/;

const menuLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });

/** Screenshot, no BSN-like number and no serious WCAG violation on the page as it stands. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `demo-${name}`);
  expect({ page: name, nineDigits: (await page.locator('main').innerText()).match(NINE_DIGITS)?.[0] ?? null }).toEqual({ page: name, nineDigits: null });
  expect({ page: name, violations: await seriousAxeViolations(page) }).toEqual({ page: name, violations: [] });
}

/** The texts of a table's numeric cells (td) row by row. */
async function cellTexts(rows: Locator): Promise<string[][]> {
  return Promise.all((await rows.all()).map((row) => row.locator('td').allInnerTexts()));
}

/** A shown count or figure (a hidden one is "—"). */
const SHOWN = /\d/;

describe('web app on the demo market (issue 7): every transparency dashboard renders the seeded market in Chromium', () => {
  const env = useBrowserEnvironment(startDemoMarketServer, 360_000);

  it('TR-1, TR-2, TR-5, TR-6: the demo inspector reads the market overview, league table, a provider, red flags, case files and the audit trail', async () => {
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(page, INSPECTOR);

    await menuLink(page, 'Marktoverzicht').click();
    await page.getByRole('heading', { level: 1, name: 'Marktoverzicht' }).waitFor();
    const tables = page.locator('section[data-testid^="dashboard-"]');
    await tables.first().waitFor();
    const tableIds = await tables.evaluateAll((sections) => sections.map((s) => s.getAttribute('data-testid')!.replace('dashboard-', '')));
    expect(tableIds.length).toBeGreaterThanOrEqual(5);
    for (const id of tableIds) {
      const rows = page.getByTestId(`row-${id}`);
      const shown = (await cellTexts(rows)).flat().filter((c) => SHOWN.test(c)).length;
      const bars = await page.getByTestId(`chart-${id}`).locator('rect').count();
      expect({ table: id, rows: (await rows.count()) >= 2, shown: shown > 0, bars: bars > 0 }).toEqual({ table: id, rows: true, shown: true, bars: true });
    }
    // Concentration per region: an HHI figure (0–10.000) for at least 10 of the 35 regions.
    const concentration = page.getByTestId('dashboard-concentration-by-region');
    const hhiColumn = (await concentration.locator('thead th').allInnerTexts()).findIndex((h) => h.trim() === 'HHI') - 1;
    expect(hhiColumn).toBeGreaterThanOrEqual(0);
    const hhi = (await cellTexts(page.getByTestId('row-concentration-by-region'))).map((cells) => cells[hhiColumn] ?? '').filter((c) => /^\d{1,3}(\.\d{3})?$/.test(c.trim()));
    expect(hhi.length).toBeGreaterThanOrEqual(10);
    await check(page, 'dashboard');

    await menuLink(page, 'Ranglijst aanbieders').click();
    await page.getByRole('heading', { level: 1, name: 'Ranglijst aanbieders' }).waitFor();
    // The league table's id may carry the service (row-league-WERKFIT); the rank sits in the column headed "Rang".
    const leagueRows = page.locator('[data-testid^="row-league"]');
    await leagueRows.first().waitFor();
    expect(await leagueRows.count()).toBeGreaterThanOrEqual(10);
    const headers = await page.locator('table:has([data-testid^="row-league"]) thead th').allInnerTexts();
    const rankColumn = headers.findIndex((h) => h.trim() === 'Rang') - 1;
    expect(rankColumn).toBeGreaterThanOrEqual(0);
    const top = (await cellTexts(leagueRows)).slice(0, 10);
    expect(top.map((cells) => Number(cells[rankColumn]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // A ranked row shows its success rate and an interval around it (or around its case-mix index).
    expect(top.filter((cells) => (cells.join(' ').match(/\d+,\d+/g)?.length ?? 0) < 3)).toEqual([]);
    await check(page, 'league');

    await leagueRows.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Aanbieder: / }).waitFor();
    // One outcome table per service the provider delivers (dashboard-provider-outcomes-by-year-WERKFIT, …).
    await page.locator('[data-testid^="dashboard-provider-outcomes-by-year"]').first().waitFor();
    expect((await cellTexts(page.locator('[data-testid^="row-provider-outcomes-by-year"]'))).flat().some((c) => SHOWN.test(c))).toBe(true);
    // Its framework participations: the lots and statuses in words.
    expect(await page.locator('main table').first().locator('tbody').innerText()).not.toMatch(/\b(WERKFIT|NAAR_WERK|ACTIVE|SUSPENDED)\b/);
    await check(page, 'provider');

    await menuLink(page, 'Signalen').click();
    await page.getByRole('heading', { level: 1, name: 'Signalen (red flags)' }).waitFor();
    const flags = page.getByTestId('red-flag');
    await flags.first().waitFor();
    const counts = (await cellTexts(page.getByTestId('red-flag-definitions').getByRole('row'))).map((cells) => Number((cells[0] ?? '0').replace(/\D/g, '')));
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    await check(page, 'red-flags');
    await flags.first().getByRole('link').click();
    await page.getByTestId('red-flag-basis').waitFor();
    await check(page, 'red-flag');

    await menuLink(page, 'Steekproef dossiers').click();
    await page.getByTestId('case-samples').waitFor();
    expect(await page.getByTestId('case-samples').getByRole('row').count()).toBeGreaterThanOrEqual(20);
    // Services, outcomes and report verdicts in words, not as codes (WERKFIT, RESULT_ACHIEVED, APPROVED).
    expect(await page.getByTestId('case-samples').locator('tbody').innerText()).not.toMatch(/\b[A-Z]+_[A-Z_]+\b|\bWERKFIT\b|\bAPPROVED\b/);
    await check(page, 'case-samples');

    await menuLink(page, 'Audittrail').click();
    await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
    await page.getByTestId('audit-verify').click();
    await expect(page.getByTestId('audit-verification').innerText()).resolves.toMatch(/\d/);
    await check(page, 'audit');
    await page.context().close();
  }, 150_000);

  it('TR-3, TR-4, TR-6: the public reads the market, a client-choice page, tenders and framework participants; the market also in English', async () => {
    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await page.goto('/openbaar/markt');
    await page.getByRole('heading', { level: 1, name: 'Open data over de re-integratiemarkt' }).waitFor();
    await page.getByTestId('dashboard-purchases-by-year').waitFor();
    expect((await cellTexts(page.getByTestId('row-purchases-by-year'))).flat().filter((c) => SHOWN.test(c)).length).toBeGreaterThanOrEqual(5);
    await check(page, 'public-market');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Open data on the re-integration market' }).waitFor();
    await page.getByTestId('dashboard-outcomes-by-route').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(expect.arrayContaining(['Outcomes by service']));
    await check(page, 'public-market-en');
    await page.getByTestId('language-switch').click();

    const { lot, region, targetGroup } = await busiestChoice(env.server.app.get(DataSource));
    await page.goto(`/openbaar/keuzepagina?lot=${lot}&region=${region}&targetGroup=${targetGroup}&seed=demo`);
    await page.getByTestId('choice-item').nth(4).waitFor();
    const figures = page.getByTestId('choice-figure');
    await figures.first().waitFor();
    expect((await figures.allInnerTexts()).filter((text) => /\d+(,\d+)?\s?%/.test(text)).length).toBeGreaterThanOrEqual(1);
    await check(page, 'choice-page');

    await page.goto('/openbaar/aanbestedingen');
    await page.getByTestId('public-tenders').getByRole('row').nth(1).waitFor();
    await check(page, 'public-tenders');

    await page.goto(`/openbaar/deelnemers?lot=${lot}&region=${region}`);
    await page.getByTestId('public-participants-table').getByRole('row').nth(10).waitFor();
    await check(page, 'public-participants');
    await page.context().close();
  }, 90_000);
});

/** The lot, region and target group with the most admitted providers in the demo market. */
async function busiestChoice(db: DataSource): Promise<{ lot: string; region: string; targetGroup: string }> {
  const [choice] = await db.query<{ lot: string; region: string; targetGroup: string }[]>(
    `SELECT lot, region, target_group AS "targetGroup"
       FROM framework_participation, unnest(regions) AS region, unnest(target_groups) AS target_group
      WHERE status = 'ACTIVE'
      GROUP BY 1, 2, 3 ORDER BY count(*) DESC, 1, 2, 3 LIMIT 1`,
  );
  return choice!;
}
