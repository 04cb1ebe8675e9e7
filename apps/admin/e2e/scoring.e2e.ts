import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createUser, eventually, insertSimulatedScoreEvents } from '@rim/testing';
import { DataSource } from 'typeorm';
import { login } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';
import { useWorker } from './support/trajectory.js';

const menuLink = (page: import('playwright-core').Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true });

describe('web app: performance scores (SC-2 … SC-6, SC-10)', () => {
  const env = useBrowserEnvironment();
  useWorker();

  it('SC-2, SC-3, SC-10: the officer ranks providers, opens one, recomputes and sees the run; the provider reads its own figures with n, interval and how they are computed', async () => {
    const db = env.server.app.get(DataSource);
    const provider = await createUser({ role: Role.ProviderAdmin });
    const officer = await createUser({ role: Role.BuyerOfficer });
    const today = new Date().toISOString().slice(0, 10);
    await insertSimulatedScoreEvents(db, {
      seed: 13, providers: 20, trajectories: 600, fromYear: Number(today.slice(0, 4)) - 1, years: 2, until: today, organisationIds: [provider.organisationId], followUpMonths: [6, 12],
    });
    await eventually(async () => ((await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE applied_at IS NULL`))[0].n === 0 ? true : undefined), 120_000);

    const page = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(page, officer);
    await menuLink(page, 'Prestaties aanbieders').click();
    await page.getByRole('heading', { level: 1, name: 'Prestaties van aanbieders' }).waitFor();
    const rows = page.getByTestId('scores-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await page.getByTestId('scores-table').getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['Rang', 'Aanbieder', 'Succesvol afgesloten', 'Voortijdig beëindigd (uitval)', 'Index']));
    await screenshot(page, 'scores-officer-overview');

    await rows.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Prestaties van / }).waitFor();
    const measures = page.getByTestId('score-measure');
    await measures.first().waitFor();
    const success = measures.filter({ has: page.getByRole('rowheader', { name: 'Succesvol afgesloten' }) }).first();
    expect(await success.innerText()).toMatch(/Wilson/);

    await menuLink(page, 'Scoreberekeningen').click();
    await page.getByRole('button', { name: 'Nu herberekenen' }).click();
    await page.getByTestId('score-run-started').waitFor();
    await eventually(async () => {
      await page.getByRole('button', { name: 'Vernieuwen' }).click();
      return (await page.locator('[data-testid="score-run"][data-status="DONE"]').count()) > 0 ? true : undefined;
    }, 60_000);
    expect(await page.locator('[data-testid="score-run"][data-status="DONE"]').first().innerText()).toMatch(/scoring-1/);
    await screenshot(page, 'scores-run-history');
    await page.context().close();

    const own = await newPage(env.browser, { baseURL: env.server.url, language: 'nl' });
    await login(own, provider);
    await menuLink(own, 'Mijn prestaties').click();
    await own.getByRole('heading', { level: 1, name: 'Mijn prestaties' }).waitFor();
    await own.getByTestId('score-measure').first().waitFor();
    expect(await own.getByRole('columnheader', { name: 'Hoe berekend' }).count()).toBeGreaterThan(0);
    expect(await own.getByTestId('score-case-mix').getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(own, 'scores-provider-own');
    expect(await menuLink(own, 'Prestaties aanbieders').count()).toBe(0);
    await own.context().close();
  }, 240_000);
});
