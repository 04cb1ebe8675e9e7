import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createFramework, createUser } from '@rim/testing';
import { login } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';
import { admitThroughApi, REGION, TARGET_GROUP } from './support/framework.js';
import { amsterdamToday, check, createCase, paymentKinds, reviewPlan, runSettlementAt, submitPlan, useWorker, validBsn, waitForTrajectoryStatus } from './support/trajectory.js';
import { textOf } from './support/tender.js';

describe('web app: a Naar werk trajectory from work plan to settlement (SPEC §5, IC-1 … IC-10)', () => {
  const env = useBrowserEnvironment();
  const worker = useWorker();

  it('IC-1, IC-2, IC-3, IC-5, IC-6, IC-7, IC-8, IC-9, IC-10, IC-11, IC-12: coach and provider take one Naar werk trajectory from the work plan to its settlement', async () => {
    const baseURL = env.server.url;
    const framework = await createFramework();
    const [coachUser, officerUser, providerUser] = await Promise.all([createUser({ role: Role.BuyerCoach }), createUser({ role: Role.BuyerOfficer }), createUser({ role: Role.ProviderAdmin })]);
    const provider = await admitThroughApi(baseURL, { frameworkId: framework.id, provider: providerUser, officer: officerUser });
    const coach = await newPage(env.browser, { baseURL });
    await login(coach, coachUser);
    const bsn = validBsn();

    // IC-1: the BSN is typed once; the case page does not show it until the coach asks (an audited read).
    await createCase(coach, { bsn, benefitType: 'WW', targetGroup: TARGET_GROUP.code, region: REGION.code, hoursPerWeek: 24 });
    expect(await coach.locator('main').innerText()).not.toContain(bsn);
    await coach.getByRole('button', { name: 'BSN tonen' }).click();
    expect(await coach.getByTestId('case-bsn').innerText()).toContain(bsn);
    await screenshot(coach, 'trajectory-naar-werk-case');

    // IC-2: the work plan. Too long a duration for the lot: the API's field error is shown next to the field.
    const workPlan = coach.getByTestId('work-plan-form');
    await check(workPlan, 'Naar werk');
    await workPlan.getByLabel('Raamovereenkomst').selectOption(framework.id);
    await workPlan.getByLabel('Voorgestelde uren').fill('20');
    await workPlan.getByLabel('Duur (maanden)').fill('10');
    await workPlan.getByRole('button', { name: 'Werkplan vastleggen' }).click();
    await workPlan.locator('#work-plan-duration-error').waitFor();
    await workPlan.getByLabel('Duur (maanden)').fill('6');
    await workPlan.getByRole('button', { name: 'Werkplan vastleggen' }).click();
    await coach.getByTestId('work-plan-saved').filter({ hasText: 'Werkplan versie 1 vastgelegd' }).waitFor();

    // IC-2: the case page reads the work plan from the API: a reload keeps version 1 in force, in the form and for the choice.
    await coach.reload();
    await coach.locator('[data-testid="work-plan-latest"][data-version="1"][data-route="NAAR_WERK"]').first().waitFor();
    expect(await workPlan.getByLabel('Duur (maanden)').inputValue()).toBe('6');

    // IC-3: the client met the provider from its choice set and chooses it.
    const choice = coach.getByTestId('provider-choice-form');
    await choice.getByLabel(`Klikgesprek met ${provider.name}`).check();
    await choice.getByLabel('Gekozen aanbieder').selectOption({ label: provider.name });
    await check(choice, 'De cliënt kiest zelf');
    await screenshot(coach, 'trajectory-naar-werk-choice');
    await choice.getByRole('button', { name: 'Keuze vastleggen en plan vragen' }).click();
    await coach.waitForURL(/\/trajecten\/[0-9a-f-]{36}$/);
    const trajectoryId = coach.url().split('/').pop()!;
    await waitForTrajectoryStatus(coach, 'PLAN_REQUESTED');
    expect(await textOf(coach.getByTestId('trajectory-facts'))).toContain(provider.name);

    // IC-5: the provider finds the request under "Opdrachten" and plans two activities.
    const providerPage = await newPage(env.browser, { baseURL });
    await login(providerPage, providerUser);
    await providerPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Opdrachten' }).click();
    await providerPage.locator(`[data-testid="trajectory-row"][data-id="${trajectoryId}"]`).getByRole('link').click();
    await waitForTrajectoryStatus(providerPage, 'PLAN_REQUESTED');
    expect(await providerPage.locator('main').innerText()).not.toContain(bsn);
    await submitPlan(providerPage, { activities: [['NW-SEARCH-01', 12], ['NW-APPLY-01', 8]], months: 6 });
    await waitForTrajectoryStatus(providerPage, 'PLAN_SUBMITTED');

    // IC-6: the coach asks for changes; the provider revises into version 2; the coach approves.
    await coach.reload();
    await reviewPlan(coach, 'Aanpassing vragen', 'Graag meer uren voor solliciteren.');
    await waitForTrajectoryStatus(coach, 'CHANGES_REQUESTED');
    await providerPage.reload();
    await submitPlan(providerPage, { activities: [['NW-SEARCH-01', 10], ['NW-APPLY-01', 10]], months: 6 });
    await waitForTrajectoryStatus(providerPage, 'PLAN_SUBMITTED');
    await coach.reload();
    await coach.locator('[data-testid="plan-version"][data-version="2"]').waitFor();
    expect(await coach.getByTestId('plan-version').count()).toBe(2);
    await reviewPlan(coach, 'Goedkeuren');
    await waitForTrajectoryStatus(coach, 'APPROVED');

    // IC-6: no purchase order without the client's consent (the API says so next to the box); then with it.
    const order = coach.getByTestId('purchase-order-form');
    await order.getByLabel('Notitie bij de instemming').fill('Cliënt stemde in tijdens het gesprek van vandaag.');
    await order.getByRole('button', { name: 'Inkooporder verstrekken' }).click();
    await order.locator('#order-consent-error').waitFor();
    await order.getByLabel('De cliënt stemt in met dit plan').check();
    await order.getByRole('button', { name: 'Inkooporder verstrekken' }).click();
    await waitForTrajectoryStatus(coach, 'ORDERED');
    expect(await paymentKinds(coach)).toEqual(['PURCHASE_ORDER']);
    await screenshot(coach, 'trajectory-naar-werk-ordered');

    // IC-7: the provider records delivered hours (never past the plan) and the client's placement.
    await providerPage.reload();
    await waitForTrajectoryStatus(providerPage, 'ORDERED');
    const today = amsterdamToday();
    const hours = providerPage.getByTestId('delivered-hours-form');
    await hours.getByLabel('Activiteit', { exact: true }).selectOption('NW-SEARCH-01');
    await hours.getByLabel('Datum').fill(today);
    await hours.getByLabel('Uren', { exact: true }).fill('12');
    await hours.getByRole('button', { name: 'Uren vastleggen' }).click();
    expect(await hours.locator('#hours-hours-error').innerText()).toContain('of 10 planned hours');

    // IC-7: a mid-way adjustment raises the activity's hours as a new plan version; once approved, the hours fit.
    await providerPage.getByTestId('adjustment').locator('summary').click();
    await submitPlan(providerPage, { activities: [['NW-SEARCH-01', 14], ['NW-APPLY-01', 10]], months: 6 });
    await waitForTrajectoryStatus(providerPage, 'ADJUSTMENT_SUBMITTED');
    await coach.reload();
    await reviewPlan(coach, 'Goedkeuren');
    await waitForTrajectoryStatus(coach, 'ORDERED');
    await coach.locator('[data-testid="plan-version"][data-version="3"][data-decision="APPROVE"]').waitFor();
    await providerPage.reload();
    await hours.getByLabel('Activiteit', { exact: true }).selectOption('NW-SEARCH-01');
    await hours.getByLabel('Datum').fill(today);
    await hours.getByLabel('Uren', { exact: true }).fill('12,5');
    await hours.getByRole('button', { name: 'Uren vastleggen' }).click();
    await providerPage.locator('[data-testid="delivered-hours-row"][data-code="NW-SEARCH-01"][data-planned="14"][data-delivered="12.5"]').waitFor();
    const placement = providerPage.getByTestId('placement-form');
    await placement.getByLabel('Contract').selectOption('INDEFINITE');
    await placement.getByLabel('Uren per week').fill('24');
    await placement.getByLabel('Startdatum').fill(today);
    await placement.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await providerPage.locator('[data-testid="placement"][data-contract="INDEFINITE"]').waitFor();
    await screenshot(providerPage, 'trajectory-naar-werk-execution');

    // IC-8: the provider ends with PLACEMENT; the coach's worklist shows the end report due in 14 days.
    const end = providerPage.getByTestId('end-form');
    await end.getByLabel('Einddatum').fill(today);
    await end.getByLabel('Reden van beëindiging').selectOption('PLACEMENT');
    await end.getByRole('button', { name: 'Traject beëindigen' }).click();
    await waitForTrajectoryStatus(providerPage, 'ENDED');
    await coach.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    const due = coach.getByTestId('worklist-endReportsDue').locator(`[data-testid="worklist-item"][data-trajectory="${trajectoryId}"]`);
    expect(await textOf(due)).toContain(provider.name);
    await screenshot(coach, 'trajectory-naar-werk-worklist');

    // IC-8: the end report starts from the approved plan; a deviation without justification is refused next to its field.
    const report = providerPage.getByTestId('end-report-form');
    expect(await report.getByTestId('report-activity').count()).toBe(2);
    const applyHours = report.getByLabel(/^Geleverde uren voor /).nth(1);
    expect(await applyHours.inputValue()).toBe('10');
    await applyHours.fill('6');
    await report.getByLabel('Reden van succes').selectOption('CLIENT_HAS_WORK');
    await report.getByLabel('Vervolgadvies').selectOption('NONE');
    await report.getByLabel('De cliënt heeft de eindrapportage ondertekend').check();
    await report.getByRole('button', { name: 'Eindrapportage indienen' }).click();
    await report.locator('#report-justification-1-error').waitFor();
    await screenshot(providerPage, 'trajectory-naar-werk-end-report-deviation');
    await report.getByLabel(/^Onderbouwing afwijking voor /).nth(1).fill('De cliënt vond sneller werk dan gepland.');
    await report.getByRole('button', { name: 'Eindrapportage indienen' }).click();
    await waitForTrajectoryStatus(providerPage, 'END_REPORT_SUBMITTED');
    await providerPage.locator('[data-testid="end-report"][data-version="1"][data-review="PENDING"]').waitFor();

    // IC-12: aftercare after the placement: two conversations and a workplace visit, then completed.
    const aftercare = providerPage.getByTestId('aftercare');
    await aftercare.getByRole('button', { name: 'Nazorg starten' }).click();
    for (const [kind, note] of [['CONVERSATION', 'Eerste gesprek met cliënt en werkgever.'], ['CONVERSATION', 'Tweede gesprek, alles loopt goed.'], ['WORKPLACE_VISIT', 'Bezoek op de werkplek.']] as const) {
      const form = aftercare.getByTestId('aftercare-event-form');
      await form.getByLabel('Soort contact').selectOption(kind);
      await form.getByLabel('Datum').fill(today);
      await form.getByLabel('Verslag').fill(note);
      await form.getByRole('button', { name: 'Contact vastleggen' }).click();
      await aftercare.getByTestId('aftercare-events').getByText(note).waitFor();
    }
    await aftercare.getByRole('button', { name: 'Nazorg afronden' }).click();
    await aftercare.getByTestId('aftercare-summary').filter({ hasText: 'Afgerond op' }).waitFor();

    // IC-8, IC-9: the coach approves the report; the Naar werk success part waits until the placement is judged.
    await coach.goto(`/trajecten/${trajectoryId}`);
    const submitted = coach.getByTestId('end-report');
    const deviation = submitted.locator('[data-testid="end-report-activity"][data-code="NW-APPLY-01"][data-planned="10"][data-hours="6"]');
    expect(await textOf(deviation)).toContain('De cliënt vond sneller werk dan gepland.');
    await submitted.locator('[data-testid="end-report-activity"][data-code="NW-SEARCH-01"][data-planned="14"][data-hours="14"]').waitFor();
    const reportFacts = await textOf(submitted.getByTestId('end-report-facts'));
    expect(reportFacts).toContain('Klant heeft werk');
    expect(reportFacts).toContain('Geen vervolgadvies');
    await screenshot(coach, 'trajectory-naar-werk-end-report-review');
    const review = coach.getByTestId('end-report-review-form');
    await check(review, 'Goedkeuren');
    await review.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await waitForTrajectoryStatus(coach, 'CLOSED');
    await coach.locator('[data-testid="end-report"][data-review="APPROVED"]').waitFor();
    expect(await paymentKinds(coach)).toEqual(['PURCHASE_ORDER']);

    // IC-11: the client's satisfaction with the completed trajectory.
    await coach.getByTestId('satisfaction-form').getByLabel('Cijfer van de cliënt (1–10)').fill('8');
    await coach.getByTestId('satisfaction-form').getByRole('button', { name: 'Cijfer vastleggen' }).click();
    await coach.getByTestId('satisfaction').filter({ hasText: '8' }).waitFor();

    // IC-9, IC-10: four months on the placement has lasted; the settlement run judges it and books the completion, once.
    await runSettlementAt(env.server, worker.context, officerUser, new Date(Date.now() + 4 * 31 * 86_400_000));
    await coach.reload();
    expect(await paymentKinds(coach)).toEqual(['PURCHASE_ORDER', 'COMPLETION']);
    expect(await textOf(coach.getByTestId('trajectory-facts'))).toContain('Geslaagd: duurzaam werk');
    await providerPage.reload();
    expect(await paymentKinds(providerPage)).toEqual(['PURCHASE_ORDER', 'COMPLETION']);
    expect(await textOf(providerPage.getByTestId('payments-total'))).toMatch(/^Totaal: € [\d.]+,\d\d$/);
    await screenshot(providerPage, 'trajectory-naar-werk-payments');

    await Promise.all([coach, providerPage].map((p) => p.context().close()));
  }, 240_000);
});
