import type { Page } from 'playwright-core';

const AMSTERDAM = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * An instant a little ahead, on a whole second that is not :00 (a `datetime-local` input with seconds drops ":00",
 * which Playwright's fill reads as a malformed value).
 */
export function instantAhead(ms: number): Date {
  let at = Math.ceil((Date.now() + ms) / 1000) * 1000;
  if (new Date(at).getUTCSeconds() === 0) at += 1000;
  return new Date(at);
}

/** The value a `datetime-local` input with seconds takes for this instant in Dutch time: `2026-03-01T14:30:15`. */
export function amsterdamInput(instant: Date): string {
  return AMSTERDAM.format(instant).replace(' ', 'T');
}

/** Waits (wall clock) until just past the instant: the server's clock cannot be moved from a browser test. */
export async function waitUntilPast(instant: Date, marginMs = 750): Promise<void> {
  const wait = instant.getTime() + marginMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Waits for the tender's status badge to show the state (by its code, as `data-status`). */
export async function waitForTenderStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="tender-status"][data-status="${status}"]`).first().waitFor();
}

/** Clicks the officer's "what can be done now" button, which must carry this label. */
export async function nextAction(page: Page, label: string): Promise<void> {
  await page.getByTestId('tender-actions').getByRole('button', { name: label, exact: true }).click();
}

/** Visible text with non-breaking spaces (Intl puts one after "€" and before "%") as plain spaces. */
export async function textOf(locator: { innerText(): Promise<string> }): Promise<string> {
  return (await locator.innerText()).replace(/\u00a0|\u202f/g, ' ');
}
