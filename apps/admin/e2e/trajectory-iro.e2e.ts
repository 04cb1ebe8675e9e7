import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createUser } from '@rim/testing';
import type { Browser, Page } from 'playwright-core';
import { login } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';
import { organisationOf } from './support/framework.js';
import { textOf } from './support/tender.js';
import { amsterdamToday, check, createCase, paymentKinds, reviewPlan, runSettlement, runSettlementAt, submitPlan, useWorker, validBsn, waitForTrajectoryStatus, writeWorkPlan } from './support/trajectory.js';

async function signedIn(browser: Browser, baseURL: string, user: { email: string; password: string }): Promise<Page> {
  const page = await newPage(browser, { baseURL });
  await login(page, user);
  return page;
}

/** IC-2, IC-3: the coach opens a case with an IRO work plan and, at the client's request, chooses the provider found by its KvK number. */
async function requestIro(coach: Page, provider: { kvkNumber: string; name: string }): Promise<string> {
  await createCase(coach, { bsn: validBsn(), benefitType: 'WGA', targetGroup: 'AG-05', region: 'AMR-09', hoursPerWeek: 32 });
  await writeWorkPlan(coach, { route: 'IRO (individuele re-integratieovereenkomst)', hours: 30, months: 9 });
  const choice = coach.getByTestId('provider-choice-form');
  await choice.getByLabel('Aanbieder zoeken (naam of KvK-nummer)').fill(provider.kvkNumber);
  await choice.getByRole('button', { name: 'Zoeken' }).click();
  await choice.locator(`[data-testid="choice-candidate"][data-provider="${provider.name}"]`).waitFor();
  await choice.getByLabel('Gekozen aanbieder').selectOption({ label: provider.name });
  await check(choice, 'De coach kiest op verzoek van de cliënt');
  await choice.getByLabel('Reden van de keuze door de coach').fill('De cliënt kent deze aanbieder en vroeg de coach te kiezen.');
  await choice.getByRole('button', { name: 'Keuze vastleggen en plan vragen' }).click();
  await coach.waitForURL(/\/trajecten\/[0-9a-f-]{36}$/);
  return coach.url().split('/').pop()!;
}

describe('web app: an IRO from work plan to settlement (SPEC §5, IC-3, IC-5, IC-6, IC-7, IC-10)', () => {
  const env = useBrowserEnvironment();
  const worker = useWorker();

  it('IC-6, IC-10: an IRO above the maximum needs a second approver; two months into the placement the result part is paid', async () => {
    const baseURL = env.server.url;
    const [coachUser, secondCoachUser, officerUser, providerUser] = await Promise.all([
      createUser({ role: Role.BuyerCoach }), createUser({ role: Role.BuyerCoach }), createUser({ role: Role.BuyerOfficer }), createUser({ role: Role.ProviderAdmin }),
    ]);
    const provider = await organisationOf(baseURL, providerUser);
    const [coach, secondCoach, providerPage] = await Promise.all([coachUser, secondCoachUser, providerUser].map((u) => signedIn(env.browser, baseURL, u)));

    const trajectoryId = await requestIro(coach, provider);

    // IC-5: the provider's IRO plan with a quote above the IRO maximum (€ 5.000) and a placement bonus.
    await providerPage.goto(`/opdrachten/${trajectoryId}`);
    await providerPage.getByTestId('plan-form').getByLabel('Plaatsingsbonus (€, optioneel)').fill('500,00');
    await submitPlan(providerPage, { activities: [['NW-SEARCH-01', 20], ['NW-MEDIATE-01', 10]], months: 9, quote: '6.500,00' });
    await waitForTrajectoryStatus(providerPage, 'PLAN_SUBMITTED');

    // IC-6: the first approval is not enough; the same coach cannot give the second; a colleague does.
    await coach.reload();
    await reviewPlan(coach, 'Goedkeuren');
    await waitForTrajectoryStatus(coach, 'AWAITING_SECOND_APPROVAL');
    await coach.getByTestId('second-approval-note').waitFor();
    await reviewPlan(coach, 'Goedkeuren');
    const refused = coach.getByTestId('plan-review-form').getByTestId('problem-alert');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('FORBIDDEN');
    await screenshot(coach, 'trajectory-iro-second-approval-refused');
    await secondCoach.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await secondCoach.getByTestId('worklist-secondApprovals').locator(`[data-testid="worklist-item"][data-trajectory="${trajectoryId}"]`).getByRole('link', { name: provider.name }).click();
    await reviewPlan(secondCoach, 'Goedkeuren');
    await waitForTrajectoryStatus(secondCoach, 'APPROVED');

    // IC-6, IC-10: consent and the purchase order; the fixed part is booked at the start.
    const order = secondCoach.getByTestId('purchase-order-form');
    await order.getByLabel('De cliënt stemt in met dit plan').check();
    await order.getByLabel('Notitie bij de instemming').fill('Cliënt stemde in, ook met de hogere prijs.');
    await order.getByRole('button', { name: 'Inkooporder verstrekken' }).click();
    await waitForTrajectoryStatus(secondCoach, 'ORDERED');
    expect(await paymentKinds(secondCoach)).toEqual(['FIXED']);

    // IC-7: a placement on a 12-month contract, starting today.
    await providerPage.reload();
    const placement = providerPage.getByTestId('placement-form');
    await placement.getByLabel('Contract').selectOption('FIXED_TERM');
    await placement.getByLabel('Looptijd contract (maanden)').fill('12');
    await placement.getByLabel('Uren per week').fill('32');
    await placement.getByLabel('Startdatum').fill(amsterdamToday());
    await placement.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await providerPage.locator('[data-testid="placement"][data-contract="FIXED_TERM"]').waitFor();

    // IC-10: a settlement run now books nothing; past two months of work it books the result part and the bonus, once.
    await runSettlement(env.server, officerUser);
    await providerPage.reload();
    expect(await paymentKinds(providerPage)).toEqual(['FIXED']);
    await runSettlementAt(env.server, worker.context, officerUser, new Date(Date.now() + 2 * 31 * 86_400_000 + 86_400_000));
    await providerPage.reload();
    expect((await paymentKinds(providerPage)).sort()).toEqual(['BONUS', 'FIXED', 'RESULT']);
    const result = await textOf(providerPage.locator('[data-testid="payment"][data-kind="RESULT"]'));
    expect(result).toContain('€ 3.250,00');
    await screenshot(providerPage, 'trajectory-iro-payments');

    await Promise.all([coach, secondCoach, providerPage].map((p) => p.context().close()));
  }, 240_000);

  it('IC-6: an IRO is rejected when a regular route delivers the same for less; the comparison must be cheaper', async () => {
    const baseURL = env.server.url;
    const [coachUser, providerUser] = await Promise.all([createUser({ role: Role.BuyerCoach }), createUser({ role: Role.ProviderAdmin })]);
    const provider = await organisationOf(baseURL, providerUser);
    const [coach, providerPage] = await Promise.all([coachUser, providerUser].map((u) => signedIn(env.browser, baseURL, u)));
    const trajectoryId = await requestIro(coach, provider);
    await providerPage.goto(`/opdrachten/${trajectoryId}`);
    await submitPlan(providerPage, { activities: [['NW-SEARCH-01', 20]], months: 6, quote: '4.000,00' });
    await waitForTrajectoryStatus(providerPage, 'PLAN_SUBMITTED');

    await coach.reload();
    const form = coach.getByTestId('plan-review-form');
    await check(form, 'Afwijzen');
    await form.getByLabel('Toelichting', { exact: true }).fill('Naar werk onder de raamovereenkomst levert hetzelfde.');
    await form.getByLabel('Goedkopere reguliere route (vergelijking)').selectOption('NAAR_WERK');
    await form.getByLabel('Prijs van de reguliere route (€)').fill('4.200,00');
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    expect(await form.locator('#plan-review-cheaper-price-error').innerText()).toContain('must be below 400000');
    await form.getByLabel('Prijs van de reguliere route (€)').fill('1.560,00');
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await waitForTrajectoryStatus(coach, 'REJECTED');
    await coach.locator('[data-testid="plan-version"][data-version="1"][data-decision="REJECT"]').waitFor();
    await screenshot(coach, 'trajectory-iro-rejected-cheaper-route');
    await Promise.all([coach, providerPage].map((p) => p.context().close()));
  }, 120_000);
});
