import { afterAll, beforeAll, expect } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueueName } from '@rim/contracts';
import { eventually, tokenFor, type CreatedUser, type TestServer } from '@rim/testing';
import type { Locator, Page } from 'playwright-core';
import { Clock } from '../../../api/src/common/clock/clock.service.js';
import { JobQueues } from '../../../api/src/common/queue/job-queues.js';
import { WorkerModule } from '../../../api/src/worker/worker.module.js';

/** A random BSN that passes the elfproef (weights 9 … 2, minus the last digit, divisible by 11). */
export function validBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

/** Today's date in Dutch time, as a date input takes it. */
export function amsterdamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** Waits until the trajectory page shows the status (by its code, as `data-status`). */
export async function waitForTrajectoryStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="trajectory-status"][data-status="${status}"]`).first().waitFor();
}

/** The coach fills in the new-case form (IC-1) and lands on the case page; returns the case id. */
export async function createCase(page: Page, options: { bsn: string; benefitType: string; targetGroup: string; region: string; hoursPerWeek: number }): Promise<string> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn cliënten' }).click();
  await page.getByRole('link', { name: 'Nieuwe cliënt' }).click();
  const form = page.getByTestId('case-form');
  await form.getByLabel('Burgerservicenummer (BSN)').fill(options.bsn);
  await form.getByLabel('Uitkering').selectOption(options.benefitType);
  await form.getByLabel('Doelgroep').selectOption(options.targetGroup);
  await form.getByLabel('Arbeidsmarktregio').selectOption(options.region);
  await form.getByLabel('Afstand tot de arbeidsmarkt (1–5)').selectOption('3');
  await form.getByLabel('Leeftijdsgroep').selectOption('27-44');
  await form.getByLabel('Uren per week dat de cliënt kan werken').fill(String(options.hoursPerWeek));
  await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
  await page.waitForURL(/\/clienten\/[0-9a-f-]{36}$/);
  await page.getByTestId('case-facts').waitFor();
  return page.url().split('/').pop()!;
}

/** The coach records the work plan (IC-2): the route by its label, the framework for a framework route, hours and months. */
export async function writeWorkPlan(page: Page, options: { route: string; frameworkId?: string; hours: number; months: number }): Promise<void> {
  const form = page.getByTestId('work-plan-form');
  await check(form, options.route);
  if (options.frameworkId) await form.getByLabel('Raamovereenkomst').selectOption(options.frameworkId);
  await form.getByLabel('Voorgestelde uren').fill(String(options.hours));
  await form.getByLabel('Duur (maanden)').fill(String(options.months));
  await form.getByRole('button', { name: 'Werkplan vastleggen' }).click();
  await page.getByTestId('work-plan-saved').waitFor();
}

/** Picks a radio button or checkbox by its label inside a scope. */
export async function check(scope: Page | Locator, label: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).check();
}

/** The provider writes the plan: one row per activity (code, hours), the duration and, for an IRO, the quote. */
export async function submitPlan(page: Page, options: { activities: readonly [string, number][]; months: number; quote?: string }): Promise<void> {
  const form = page.getByTestId('plan-form');
  await form.waitFor();
  const rows = form.getByTestId('plan-activity-row');
  for (const [i, [code, hours]] of options.activities.entries()) {
    if ((await rows.count()) <= i) await form.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    await form.getByLabel(`Activiteit ${i + 1}`, { exact: true }).selectOption(code);
    await form.getByLabel(`Uren voor activiteit ${i + 1}`).fill(String(hours));
  }
  await form.getByLabel('Duur (maanden)').fill(String(options.months));
  if (options.quote) await form.getByLabel('Offerte (€)').fill(options.quote);
  await form.getByRole('button', { name: 'Plan indienen' }).click();
}

/** The coach decides on the latest plan version (IC-6). */
export async function reviewPlan(page: Page, decision: 'Goedkeuren' | 'Aanpassing vragen' | 'Afwijzen', comment?: string): Promise<void> {
  const form = page.getByTestId('plan-review-form');
  await form.waitFor();
  await check(form, decision);
  if (comment) await form.getByLabel('Toelichting', { exact: true }).fill(comment);
  await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
}

/** The payment kinds the ledger table shows, in order. */
export async function paymentKinds(page: Page): Promise<string[]> {
  const rows = page.getByTestId('payment');
  await rows.first().waitFor();
  return Promise.all((await rows.all()).map(async (row) => (await row.getAttribute('data-kind')) ?? ''));
}

/** The worker (BullMQ processors) for a test file: settlement runs are jobs (IC-10). */
export function useWorker(): { readonly context: INestApplicationContext } {
  let context: INestApplicationContext | undefined;
  beforeAll(async () => {
    context = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await context.init();
  }, 120_000);
  afterAll(async () => {
    await context?.close();
  });
  return {
    get context() {
      if (!context) throw new Error('the worker starts in beforeAll');
      return context;
    },
  };
}

/** An officer starts a settlement run (202 and a run id); waits until the worker has completed it. */
export async function runSettlement(server: TestServer, officer: CreatedUser): Promise<void> {
  const response = await fetch(`${server.url}/api/settlement-runs`, { method: 'POST', headers: { Authorization: `Bearer ${await tokenFor(officer)}` } });
  expect(response.status).toBe(202);
  const { runId } = (await response.json()) as { runId: string };
  const queue = server.app.get(JobQueues).queue(QueueName.Maintenance);
  await eventually(async () => ((await (await queue.getJob(runId))?.isCompleted()) ? true : undefined));
}

/**
 * With the clocks of the API and the worker moved to `instant` (SPEC §2: one clock service tests can move), an officer
 * runs settlement twice: what fell due is booked by the first run, and the second must book nothing again (IC-10).
 */
export async function runSettlementAt(server: TestServer, worker: INestApplicationContext, officer: CreatedUser, instant: Date): Promise<void> {
  const clocks = [server.app.get(Clock), worker.get(Clock)];
  for (const clock of clocks) clock.travelTo(instant);
  try {
    await runSettlement(server, officer);
    await runSettlement(server, officer);
  } finally {
    for (const clock of clocks) clock.reset();
  }
}
