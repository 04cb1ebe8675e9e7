import { describe, expect, it } from '@jest/globals';
import { Role } from '@rim/contracts';
import { createFramework, createUser } from '@rim/testing';
import { Clock } from '../../api/src/common/clock/clock.service.js';
import { login } from './support/app.js';
import { newPage, screenshot } from './support/browser.js';
import { useBrowserEnvironment } from './support/environment.js';
import { admitThroughApi, REGION, TARGET_GROUP } from './support/framework.js';
import { textOf } from './support/tender.js';
import { check, createCase, reviewPlan, submitPlan, validBsn, waitForTrajectoryStatus, writeWorkPlan } from './support/trajectory.js';

describe('web app: the Werkfit evaluation moment (SPEC §5, IC-7, IC-8)', () => {
  const env = useBrowserEnvironment();

  it('IC-7, IC-8: at the 3-month evaluation the provider asks to stop; the coach decides from the worklist and the trajectory ends', async () => {
    const baseURL = env.server.url;
    const framework = await createFramework();
    const [coachUser, officerUser, providerUser] = await Promise.all([createUser({ role: Role.BuyerCoach }), createUser({ role: Role.BuyerOfficer }), createUser({ role: Role.ProviderAdmin })]);
    const provider = await admitThroughApi(baseURL, { frameworkId: framework.id, provider: providerUser, officer: officerUser, lot: 'WERKFIT' });
    const [coach, providerPage] = await Promise.all([coachUser, providerUser].map(async (user) => {
      const page = await newPage(env.browser, { baseURL });
      await login(page, user);
      return page;
    }));

    // A Werkfit trajectory ordered through the coach's and the provider's pages.
    await createCase(coach, { bsn: validBsn(), benefitType: 'WGA', targetGroup: TARGET_GROUP.code, region: REGION.code, hoursPerWeek: 16 });
    await writeWorkPlan(coach, { route: 'Werkfit maken', frameworkId: framework.id, hours: 30, months: 9 });
    const choice = coach.getByTestId('provider-choice-form');
    await choice.getByLabel('Gekozen aanbieder').selectOption({ label: provider.name });
    await check(choice, 'De cliënt kiest zelf');
    await choice.getByRole('button', { name: 'Keuze vastleggen en plan vragen' }).click();
    await coach.waitForURL(/\/trajecten\/[0-9a-f-]{36}$/);
    const trajectoryId = coach.url().split('/').pop()!;
    await providerPage.goto(`/opdrachten/${trajectoryId}`);
    await submitPlan(providerPage, { activities: [['WF-PE-03', 20], ['WF-ES-01', 10]], months: 9 });
    await waitForTrajectoryStatus(providerPage, 'PLAN_SUBMITTED');
    await coach.reload();
    await reviewPlan(coach, 'Goedkeuren');
    const order = coach.getByTestId('purchase-order-form');
    await order.getByLabel('De cliënt stemt in met dit plan').check();
    await order.getByLabel('Notitie bij de instemming').fill('Cliënt stemde in met het plan.');
    await order.getByRole('button', { name: 'Inkooporder verstrekken' }).click();
    await waitForTrajectoryStatus(coach, 'ORDERED');

    // Too early: the 3-month moment opens 14 days before its date; the refusal stands next to the moment.
    await providerPage.reload();
    const evaluation = providerPage.getByTestId('evaluation-form');
    await evaluation.getByLabel('Moment').selectOption('3');
    await evaluation.getByLabel('Voortgang: kan de cliënt binnen de dienst werkfit worden?').fill('De cliënt komt nauwelijks vooruit; werkfit worden lijkt niet haalbaar.');
    await evaluation.getByLabel('Wij vragen de coach het traject te stoppen').check();
    await evaluation.getByLabel('Reden om te stoppen').fill('Gezondheid laat geen verdere opbouw toe.');
    await evaluation.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    expect(await evaluation.locator('#evaluation-moment-error').innerText()).toContain('opens 14 days before');

    // Eighty-five days on (the server's clock moved), the moment is open.
    const clock = env.server.app.get(Clock);
    clock.travelTo(new Date(Date.now() + 85 * 86_400_000));
    try {
      await evaluation.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
      await providerPage.locator('[data-testid="evaluation"][data-moment="3"]').waitFor();

      // The coach finds the request in the worklist and stops the trajectory: returned after the evaluation.
      await coach.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
      await coach.getByTestId('worklist-evaluationsToDecide').getByRole('link', { name: provider.name }).click();
      const decision = coach.getByTestId('evaluation-decision-form');
      await check(decision, 'Stoppen (teruggemeld na evaluatie)');
      await decision.getByLabel('Toelichting', { exact: true }).fill('Eens met de aanbieder: stoppen.');
      await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await waitForTrajectoryStatus(coach, 'ENDED');
      expect(await textOf(coach.getByTestId('trajectory-facts'))).toContain('Teruggemeld op basis van het evaluatiemoment');
      expect(await coach.locator('[data-testid="evaluation"][data-moment="3"]').getAttribute('data-decision')).toBe('STOP');
      await screenshot(coach, 'trajectory-werkfit-evaluation-stop');
    } finally {
      clock.reset();
    }
    await Promise.all([coach, providerPage].map((p) => p.context().close()));
  }, 180_000);
});
