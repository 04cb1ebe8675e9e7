import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createUser, uniqueSuffix, type CreatedUser } from '@rim/testing';
import { Clock } from '../../api/src/common/clock/clock.service.js';
import type { Browser, Page } from 'playwright-core';
import { login } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';
import { organisationOf, REGION, TARGET_GROUP } from './support/framework.js';
import { amsterdamInput, instantAhead, nextAction, textOf, waitForTenderStatus, waitUntilPast } from './support/tender.js';

/** Seconds the test gives itself before each deadline: enough for the UI steps, short enough to wait out. */
const SELECTION_WINDOW_MS = 30_000;
const BID_WINDOW_MS = 22_000;

async function signedIn(browser: Browser, baseURL: string, user: CreatedUser): Promise<Page> {
  const page = await newPage(browser, { baseURL });
  await login(page, user);
  return page;
}

/** The provider asks to take part in the tender's only lot (TD-3). */
async function requestParticipation(page: Page, tenderId: string, options: { newcomer: boolean; experience: number }): Promise<void> {
  await page.goto(`/inschrijven/${tenderId}`);
  const form = page.getByTestId('participation-form');
  if (options.newcomer) await form.getByLabel('Wij zijn nieuwkomer bij deze doelgroep').check();
  await form.getByLabel('Aantal trajecten met deze doelgroep in de laatste 3 jaar').fill(String(options.experience));
  await form.getByRole('button', { name: 'Deelname aanvragen' }).click();
  await page.getByTestId('participation-requested').waitFor();
}

/** The provider bids through the bid form and reads its receipt (TD-5). */
async function bid(page: Page, tenderId: string, options: { price: string; marker: string }): Promise<{ commitment: string; salt: string }> {
  await page.goto(`/inschrijven/${tenderId}`);
  const form = page.getByTestId('bid-form');
  await form.getByLabel('Gemiddelde prijs per traject (€)').fill(options.price);
  await form.getByLabel('Uitvalpercentage (%)').fill('15');
  await form.getByLabel('Plaatsingspercentage (%)').fill('42,5');
  await form.getByLabel('Gemiddelde doorlooptijd (dagen)').fill('270');
  await form.getByLabel('Hoe u de doelgroep bedient').fill(`Persoonlijke begeleiding door jobcoaches (${options.marker}).`);
  await form.getByLabel('Hoe u inspeelt op de regionale situatie').fill(`Samenwerking met werkgevers in Midden-Utrecht (${options.marker}).`);
  await form.getByRole('button', { name: 'Verzegeld inschrijven' }).click();
  const receipt = page.getByTestId('bid-receipt');
  await receipt.waitFor();
  const commitment = (await receipt.getByTestId('receipt-commitment').innerText()).trim();
  const salt = (await receipt.getByTestId('receipt-salt').innerText()).trim();
  expect(await receipt.innerText()).toContain('het wordt maar één keer getoond');
  await page.locator(`[data-testid="receipt-row"][data-commitment="${commitment}"][data-status="ACTIVE"]`).waitFor();
  return { commitment, salt };
}

/** An evaluator opens the tender from "Inschrijvingen scoren" and scores both criteria of each bid on its own page. */
async function scoreAll(page: Page, tenderName: string, scores: Readonly<Record<string, [number, number]>>): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inschrijvingen scoren' }).click();
  await page.getByRole('link', { name: tenderName }).click();
  for (const [provider, [targetGroup, regional]] of Object.entries(scores)) {
    await page.locator(`[data-testid="scoring-bid"][data-provider="${provider}"]`).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Inschrijving van ${provider}` }).waitFor();
    await page.getByLabel('Uw score voor Aansluiting doelgroep').fill(String(targetGroup));
    await page.getByLabel('Uw score voor Regionale aansluiting').fill(String(regional));
    await page.getByRole('button', { name: 'Scores opslaan' }).click();
    await page.getByTestId('score-saved').waitFor();
    await page.getByRole('link', { name: 'Terug naar de inschrijvingen' }).click();
    await page.getByTestId('scoring-bids').waitFor();
  }
}

describe('web app: a tender from publication to contract (SPEC §4, TD-1 … TD-10)', () => {
  const env = useBrowserEnvironment();

  it('TD-9: one tender from publication to contract across officer, provider and evaluator', async () => {
    const baseURL = env.server.url;
    const [officerUser, providerAUser, providerBUser, evaluator1, evaluator2] = await Promise.all([
      createUser({ role: Role.BuyerOfficer }), createUser({ role: Role.ProviderAdmin }), createUser({ role: Role.ProviderAdmin }),
      createUser({ role: Role.BuyerEvaluator }), createUser({ role: Role.BuyerEvaluator }),
    ]);
    const [orgA, orgB] = await Promise.all([organisationOf(baseURL, providerAUser), organisationOf(baseURL, providerBUser)]);
    const [officer, providerA, providerB, panel1, panel2] = await Promise.all([officerUser, providerAUser, providerBUser, evaluator1, evaluator2].map((u) => signedIn(env.browser, baseURL, u)));
    const name = `Aanbesteding Jongeren Midden-Utrecht ${uniqueSuffix()}`;

    // Officer: the wizard (TD-1, TD-2, TD-7), deadlines a little ahead so the test can wait them out.
    const selectionDeadline = instantAhead(SELECTION_WINDOW_MS);
    const bidDeadline = instantAhead(SELECTION_WINDOW_MS + BID_WINDOW_MS);
    await officer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe aanbesteding' }).click();
    const wizard = officer.getByTestId('tender-wizard');
    await wizard.getByLabel('Naam van de aanbesteding').fill(name);
    await wizard.getByLabel('Sluiting vragen').fill(amsterdamInput(selectionDeadline));
    await wizard.getByLabel('Sluiting aanmelding (selectie)').fill(amsterdamInput(selectionDeadline));
    await wizard.getByLabel('Sluiting inschrijving', { exact: true }).fill(amsterdamInput(bidDeadline));
    await wizard.getByLabel('Opschortingstermijn (kalenderdagen)').fill('10');
    await wizard.getByRole('button', { name: 'Volgende stap' }).click();

    // Weights: the live sum says when they do not add up to 100, and the wizard will not go on.
    await wizard.getByLabel('Prijs', { exact: true }).fill('40');
    expect(await wizard.getByTestId('tender-weights-sum').getAttribute('data-sum')).toBe('110');
    await wizard.getByRole('button', { name: 'Volgende stap' }).click();
    expect(await wizard.getAttribute('data-step')).toBe('weights');
    expect(await wizard.innerText()).toContain('Totaal: 110 van 100');
    await wizard.getByLabel('Prijs', { exact: true }).fill('30');
    expect(await wizard.getByTestId('tender-weights-sum').innerText()).toBe('Totaal: 100 van 100.');
    await screenshot(officer, 'tender-wizard-weights');
    await wizard.getByRole('button', { name: 'Volgende stap' }).click();

    // One target group × one region: one lot.
    await wizard.getByRole('group', { name: 'Doelgroepen' }).getByLabel(TARGET_GROUP.name, { exact: true }).check();
    await wizard.getByRole('group', { name: 'Arbeidsmarktregio’s' }).getByLabel(REGION.name, { exact: true }).check();
    expect(await wizard.getByTestId('lot-count').getAttribute('data-count')).toBe('1');
    await wizard.getByRole('button', { name: 'Volgende stap' }).click();

    await wizard.getByLabel('Verwacht aantal cliënten').fill('100');
    await wizard.getByLabel('Aantal tranches').fill('2');
    await wizard.getByLabel('Minimaal aantal aanmeldingen').fill('20');
    await wizard.getByLabel('Maximale gemiddelde prijs per traject (€)').fill('5.000,00');
    await wizard.getByLabel('Maximale doorlooptijd (dagen)').fill('365');
    await wizard.getByLabel('Vast deel bij de start (%)').fill('50');
    await wizard.getByLabel('Bonus (€)').fill('250,00');
    await wizard.getByRole('button', { name: 'Volgende stap' }).click();
    expect(await wizard.getByTestId('free-space-usage').innerText()).toContain('0 van 1 percelen');
    await wizard.getByRole('button', { name: 'Volgende stap' }).click();
    const review = await textOf(wizard.getByTestId('tender-review'));
    expect(review).toContain('€ 5.000,00');
    expect(review).toContain(`${TARGET_GROUP.name} — ${REGION.name}`);
    await screenshot(officer, 'tender-wizard-review');
    await wizard.getByRole('button', { name: 'Aanbesteding aanmaken' }).click();
    await officer.waitForURL(/\/aanbestedingen\/[0-9a-f-]{36}$/);
    const tenderId = officer.url().split('/').pop()!;
    await waitForTenderStatus(officer, 'DRAFT');
    expect(await textOf(officer.getByTestId('lots-table'))).toContain('€ 5.000,00');

    // TD-10 before publication: the simulator ranks synthetic bids under a price-only scenario.
    const simulation = officer.getByTestId('weight-simulation');
    const scenario = simulation.getByTestId('simulation-scenario');
    for (const [label, weight] of [['Prijs', '100'], ['Uitval', '0'], ['Plaatsing', '0'], ['Doorlooptijd', '0'], ['Aansluiting doelgroep', '0'], ['Regionale aansluiting', '0']] as const) {
      await scenario.getByLabel(label, { exact: true }).fill(weight);
    }
    await simulation.getByRole('button', { name: 'Simuleren' }).click();
    const outcome = simulation.locator('[data-testid="simulation-outcome"][data-scenario="Scenario 1"]');
    await outcome.waitFor();
    expect(await outcome.getByTestId('simulation-summary').innerText()).toMatch(/1 percelen vergeleken/);
    expect(await outcome.innerText()).toContain('Prijs beslist alleen bij 1 percelen');
    await screenshot(officer, 'tender-weight-simulation');

    await nextAction(officer, 'Publiceren');
    await waitForTenderStatus(officer, 'PUBLISHED');
    expect(await officer.getByTestId('tender-timeline').locator('[aria-current="step"]').innerText()).toContain('Gepubliceerd');
    await screenshot(officer, 'tender-published');

    // Two providers ask to take part (TD-3): one experienced, one a newcomer to the target group.
    await requestParticipation(providerA, tenderId, { newcomer: false, experience: 25 });
    await requestParticipation(providerB, tenderId, { newcomer: true, experience: 0 });
    await screenshot(providerB, 'tender-provider-participation');

    // After the selection deadline: close, shortlist both, publish the shortlist.
    await waitUntilPast(selectionDeadline);
    await officer.reload();
    await nextAction(officer, 'Aanmelding sluiten');
    await waitForTenderStatus(officer, 'SELECTION');
    for (const org of [orgA, orgB]) {
      await officer.getByRole('button', { name: `${org.name} op de shortlist zetten` }).click();
      await officer.locator(`[data-testid="selection-row"][data-provider="${org.name}"][data-status="SHORTLISTED"]`).waitFor();
    }
    await screenshot(officer, 'tender-selection');
    await nextAction(officer, 'Shortlist publiceren');
    await waitForTenderStatus(officer, 'AWARD_PHASE');

    // Both bid through the bid form; the receipt shows the commitment and, once, the salt.
    const receiptA = await bid(providerA, tenderId, { price: '4.100,00', marker: 'A' });
    const receiptB = await bid(providerB, tenderId, { price: '3.800,50', marker: 'B' });
    expect(receiptA.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(receiptA.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(receiptB.commitment).not.toBe(receiptA.commitment);
    await screenshot(providerB, 'tender-provider-receipt');

    // After the bid deadline anyone checks a receipt against the published root, computed in the browser.
    await waitUntilPast(bidDeadline);
    const visitor = await newPage(env.browser, { baseURL });
    await visitor.goto('/openbaar/aanbestedingen');
    await visitor.getByRole('link', { name: `Ontvangstbewijs controleren voor ${name}` }).click();
    await visitor.getByLabel('Vingerafdruk (commitment)').fill(receiptA.commitment);
    await visitor.getByRole('button', { name: 'Controleren' }).click();
    const verdict = visitor.getByTestId('receipt-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-included')).toBe('true');
    expect(await verdict.innerText()).toContain('Uw ontvangstbewijs zit in de gepubliceerde root');
    await screenshot(visitor, 'tender-public-receipt-check');
    const forged = `${receiptA.commitment.slice(0, 63)}${receiptA.commitment.endsWith('0') ? '1' : '0'}`;
    await visitor.getByLabel('Vingerafdruk (commitment)').fill(forged);
    await visitor.getByRole('button', { name: 'Controleren' }).click();
    await visitor.locator('[data-testid="receipt-verdict"][data-included="false"]').waitFor();
    expect(await verdict.innerText()).toContain('zit NIET in de gepubliceerde root');
    await visitor.context().close();

    // Opening (TD-6), the panel, blind scores (TD-7).
    await officer.reload();
    await nextAction(officer, 'Inschrijvingen openen');
    await waitForTenderStatus(officer, 'OPENED');
    const picker = officer.getByRole('group', { name: 'Beoordelaars toevoegen' });
    await picker.getByLabel(evaluator1.email, { exact: false }).check();
    await picker.getByLabel(evaluator2.email, { exact: false }).check();
    await officer.getByRole('button', { name: 'Aan panel toevoegen' }).click();
    await officer.getByTestId('panel-assigned').filter({ hasText: 'In het panel:' }).waitFor();

    await scoreAll(panel1, name, { [orgA.name]: [8, 7], [orgB.name]: [7, 7] });
    await panel1.locator(`[data-testid="scoring-bid"][data-provider="${orgB.name}"]`).getByRole('link').click();
    expect(await panel1.getByTestId('target-group-plan').innerText()).toContain('(B)');
    expect(await textOf(panel1.locator('main'))).toContain('Prijs € 3.800,50 per traject · uitval 15 % · plaatsing 42,5 %');
    await screenshot(panel1, 'tender-evaluator-scoring');
    // Blind: while the second evaluator has not scored, the officer sees progress but no scores.
    await officer.getByTestId('evaluation-refresh').click();
    const cellA = officer.locator(`[data-testid="evaluation-cell"][data-provider="${orgA.name}"][data-criterion="TARGET_GROUP_FIT"]`);
    await cellA.filter({ hasText: '1 van 2' }).waitFor();
    expect(await cellA.innerText()).toContain('Verborgen tot iedereen heeft gescoord');
    // The second evaluator does not see the first one's scores: its own columns are empty.
    await panel2.goto(`/inschrijvingen-scoren/${tenderId}`);
    await panel2.getByTestId('scoring-bid').first().waitFor();
    for (const row of await panel2.getByTestId('scoring-bid').allInnerTexts()) expect(row.match(/nog niet/g)).toHaveLength(2);
    await panel2.goto('/');
    await scoreAll(panel2, name, { [orgA.name]: [2, 7], [orgB.name]: [7, 8] });

    // Officer: divergence flag and consensus per cell.
    await officer.getByTestId('evaluation-refresh').click();
    await cellA.filter({ hasText: '2 van 2' }).waitFor();
    expect(await cellA.getAttribute('data-divergent')).toBe('true');
    expect(await cellA.getByTestId('divergent-flag').innerText()).toBe('Grote spreiding');
    await screenshot(officer, 'tender-evaluation-divergence');
    const consensus: [string, string, number][] = [[orgA.name, 'Aansluiting doelgroep', 6], [orgA.name, 'Regionale aansluiting', 7], [orgB.name, 'Aansluiting doelgroep', 7], [orgB.name, 'Regionale aansluiting', 7]];
    for (const [provider, criterion, score] of consensus) {
      const form = officer.getByRole('form', { name: `${provider}, ${criterion}` });
      await form.getByLabel(`Consensusscore (0–10) voor ${provider}, ${criterion}`).fill(String(score));
      await form.getByLabel(`Onderbouwing voor ${provider}, ${criterion}`).fill('Overeenstemming na bespreking in het panel.');
      await form.getByRole('button', { name: 'Consensus vastleggen' }).click();
    }
    await expectCount(officer, '[data-testid="consensus-recorded"]', 4);

    // Complete, award (TD-8): ranks per lot and a different provider per tranche; notify.
    await nextAction(officer, 'Beoordeling afronden');
    await waitForTenderStatus(officer, 'EVALUATED');
    await nextAction(officer, 'Gunningsbesluit nemen');
    await waitForTenderStatus(officer, 'AWARD_DECIDED');
    const report = officer.getByTestId('award-report');
    await report.getByTestId('score-sheet').first().waitFor();
    const sheetRows = await report.getByTestId('score-sheet').allInnerTexts();
    expect(sheetRows).toHaveLength(2);
    expect(sheetRows[0]).toContain('1 van 2');
    expect(sheetRows[0]).toContain(orgB.name);
    expect(sheetRows[1]).toContain('2 van 2');
    const tranches = await report.getByTestId('tranche-winner').allInnerTexts();
    expect(tranches).toEqual([`Tranche 1: ${orgB.name}`, `Tranche 2: ${orgA.name}`]);
    await screenshot(officer, 'tender-award-report');
    await nextAction(officer, 'Gunning bekendmaken');
    await waitForTenderStatus(officer, 'STANDSTILL');

    // A provider sees its own score sheet, and only its own.
    await providerB.goto(`/inschrijven/${tenderId}`);
    const sheets = providerB.getByTestId('my-score-sheets');
    await sheets.getByTestId('score-sheet').first().waitFor();
    expect(await sheets.getByTestId('score-sheet').count()).toBe(1);
    expect(await sheets.innerText()).toContain('1 van 2');
    expect(await sheets.innerText()).not.toContain(orgA.name);
    await screenshot(providerB, 'tender-provider-score-sheet');

    // Contract: the standstill (10 days, the minimum) has not ended, so the API refuses and the UI says so in Dutch.
    await nextAction(officer, 'Contracten aanmaken');
    const problem = officer.getByTestId('tender-actions').getByTestId('problem-alert');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('TENDER_TOO_EARLY');
    expect(await problem.innerText()).toContain('Dit kan nog niet: het moment in het tijdschema is nog niet aangebroken.');
    await waitForTenderStatus(officer, 'STANDSTILL');
    await screenshot(officer, 'tender-contract-too-early');

    // After the standstill (the server's clock moved past its end) the contracts are made, one per tranche.
    env.server.app.get(Clock).travelTo(new Date(Date.now() + 11 * 86_400_000));
    try {
      await officer.reload();
      await nextAction(officer, 'Contracten aanmaken');
      await waitForTenderStatus(officer, 'CONTRACTED');
      const contracts = officer.getByTestId('contracts-table');
      await contracts.waitFor();
      const contractText = await textOf(contracts);
      expect(contractText).toContain(orgA.name);
      expect(contractText).toContain(orgB.name);
      await screenshot(officer, 'tender-contracts');
    } finally {
      env.server.app.get(Clock).reset();
    }

    await Promise.all([officer, providerA, providerB, panel1, panel2].map((p) => p.context().close()));
  }, 240_000);
});

async function expectCount(page: Page, selector: string, count: number): Promise<void> {
  await page.waitForFunction(([s, n]) => document.querySelectorAll(s as string).length === n, [selector, count] as const);
}
