import type { CreatedUser } from '@rim/testing';
import { tokenFor } from '@rim/testing';
import type { Locator, Page } from 'playwright-core';

/** Reference codes the tests use, with the names the UI shows for them in Dutch. */
export const LOT = { code: 'NAAR_WERK', name: 'Naar werk' } as const;
export const REGION = { code: 'AMR-12', name: 'Midden-Utrecht' } as const;
export const TARGET_GROUP = { code: 'WW-01', name: 'Jongeren tot 27 jaar' } as const;
export const EVIDENCE_VALID_UNTIL = '2029-12-31';

/** A small real PDF (the API checks the `%PDF-` signature, not just the header). */
export function pdfBytes(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

export function pdfFile(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/pdf', buffer: pdfBytes(name) };
}

/** The status badge of an application or participation, read as the words the user sees. */
export async function statusText(scope: Page | Locator, kind: 'application' | 'participation' = 'application'): Promise<string> {
  return (await scope.getByTestId(`${kind}-status`).first().innerText()).trim();
}

/** Waits until the application summary on the page shows the given status (Dutch label). */
export async function waitForApplicationStatus(page: Page, label: string): Promise<void> {
  await page.getByTestId('application-summary').getByTestId('application-status').filter({ hasText: label }).waitFor();
}

/** From "Raamovereenkomst": starts an application for the lot in the given framework and waits for its page. */
export async function startApplication(page: Page, frameworkId: string, lotName: string = LOT.name): Promise<void> {
  await page.goto('/mijn-raamovereenkomst');
  const card = page.locator(`[data-testid="apply-framework"][data-framework-id="${frameworkId}"]`);
  await card.getByLabel('Perceel').selectOption({ label: lotName });
  await card.getByRole('button', { name: 'Aanvraag starten' }).click();
  await page.waitForURL('**/aanvragen/**');
  await waitForApplicationStatus(page, 'Concept');
}

/** Uploads a PDF for every document the checklist asks, with an expiry date where the document expires. */
export async function uploadAllEvidence(page: Page): Promise<number> {
  const requirements = page.getByTestId('evidence-requirement');
  await requirements.first().waitFor();
  const count = await requirements.count();
  for (let i = 0; i < count; i++) {
    const item = requirements.nth(i);
    const code = (await item.getAttribute('data-code')) ?? `doc-${i}`;
    await item.getByLabel(`Bestand voor ${code}`).setInputFiles(pdfFile(`${code.toLowerCase()}-bewijs.pdf`));
    const validUntil = item.getByLabel(`Geldig tot (document ${code})`);
    if (await validUntil.count()) await validUntil.fill(EVIDENCE_VALID_UNTIL);
    await item.getByRole('button', { name: `Uploaden voor ${code}` }).click();
    await item.getByTestId('evidence-current').waitFor();
  }
  return count;
}

/** Fills in the application form: every declaration, newcomer, one location, the capacity. */
export async function fillApplication(page: Page, options: { capacity: number; city?: string; postcode?: string }): Promise<void> {
  const declarations = page.getByRole('group', { name: 'Verklaringen' });
  for (const box of await declarations.getByRole('checkbox').all()) await box.check();
  await page.getByLabel('Wij zijn nieuwkomer bij deze doelgroep', { exact: false }).check();
  await page.getByLabel('Aantal trajecten').fill('0');
  await page.getByLabel('Aantal plaatsingen in werk').fill('0');
  if ((await page.getByLabel('Plaats van locatie 1').count()) === 0) await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
  await page.getByLabel('Plaats van locatie 1').fill(options.city ?? 'Utrecht');
  await page.getByLabel('Postcode van locatie 1').fill(options.postcode ?? '3511 AB');
  await page.getByLabel('Capaciteit', { exact: true }).fill(String(options.capacity));
}

/** Saves and submits the application form and waits for the SUBMITTED status. */
export async function submitApplication(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Opslaan en indienen' }).click();
  await page.getByTestId('application-notice').filter({ hasText: 'Uw aanvraag is ingediend' }).waitFor();
  await waitForApplicationStatus(page, 'Ingediend');
}

/** The officer's review page for the application of the provider with this KvK number, opened from the queue. */
export async function openFromReviewQueue(page: Page, kvkNumber: string, statusLabel = 'Ingediend'): Promise<void> {
  await page.goto('/beoordelen');
  await page.getByLabel('Status').selectOption({ label: statusLabel });
  const row = page.locator(`[data-testid="queue-row"][data-kvk="${kvkNumber}"]`);
  await row.getByRole('link').click();
  await page.waitForURL('**/beoordelen/**');
  await page.getByTestId('application-summary').waitFor();
}

/** Chooses met / not met per requirement code on the decision form; codes not named are met. */
export async function markRequirements(page: Page, notMet: Readonly<Record<string, string | null>> = {}): Promise<void> {
  const requirements = page.getByTestId('decision-requirement');
  await requirements.first().waitFor();
  for (const requirement of await requirements.all()) {
    const code = (await requirement.getAttribute('data-code')) ?? '';
    if (code in notMet) {
      await requirement.getByLabel('Niet voldaan', { exact: true }).check();
      const reason = notMet[code];
      if (reason) await requirement.getByLabel(`Reden waarom niet is voldaan aan ${code}`).fill(reason);
    } else {
      await requirement.getByLabel('Voldaan', { exact: true }).check();
    }
  }
}

interface ApiCall {
  token: string;
  method?: string;
  body?: unknown;
  raw?: { bytes: Buffer; contentType: string };
  ifMatch?: number;
}

async function call<T>(baseURL: string, path: string, { token, method = 'GET', body, raw, ifMatch }: ApiCall): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (raw) headers['Content-Type'] = raw.contentType;
  const response = await fetch(`${baseURL}${path}`, { method, headers, body: raw ? new Uint8Array(raw.bytes) : body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

interface ChecklistItem {
  code: string;
  kind: string;
  evidenceType: string | null;
  expires: boolean;
}

/** The KvK number and name of a user's own organisation, as the API knows them. */
export async function organisationOf(baseURL: string, user: CreatedUser): Promise<{ kvkNumber: string; name: string }> {
  return call(baseURL, '/api/organisations/mine', { token: await tokenFor(user) });
}

export interface AdmittedProvider {
  kvkNumber: string;
  name: string;
  applicationId: string;
}

/**
 * Test set-up through the real API (no UI): the provider applies for the lot in the region and target group of its
 * profile, proves every requirement, submits, and an officer admits it. The pages under test come after.
 */
export async function admitThroughApi(baseURL: string, options: { frameworkId: string; provider: CreatedUser; officer: CreatedUser; capacity?: number; lot?: string }): Promise<AdmittedProvider> {
  const providerToken = await tokenFor(options.provider);
  const officerToken = await tokenFor(options.officer);
  const framework = await call<{ terms: { checklist: ChecklistItem[] } }>(baseURL, `/api/frameworks/${options.frameworkId}`, { token: providerToken });
  const checklist = framework.terms.checklist;
  let application = await call<{ id: string; version: number }>(baseURL, `/api/frameworks/${options.frameworkId}/applications`, { token: providerToken, method: 'POST', body: { lot: options.lot ?? LOT.code } });
  application = await call(baseURL, `/api/applications/${application.id}`, {
    token: providerToken, method: 'PATCH', ifMatch: application.version,
    body: {
      declarations: checklist.filter((r) => r.kind !== 'EXPERIENCE').map((r) => r.code),
      experience: { trajectories: 0, placements: 0, newcomer: true },
      regions: [REGION.code], targetGroups: [TARGET_GROUP.code], locations: [{ city: 'Utrecht', postcode: '3511 AB' }], capacity: options.capacity ?? 5,
    },
  });
  for (const r of checklist.filter((item) => item.evidenceType)) {
    const query = new URLSearchParams({ fileName: `${r.code}.pdf`, ...(r.expires ? { validUntil: EVIDENCE_VALID_UNTIL } : {}) });
    await call(baseURL, `/api/frameworks/${options.frameworkId}/evidence/${r.code}?${query}`, { token: providerToken, method: 'POST', raw: { bytes: pdfBytes(r.code), contentType: 'application/pdf' } });
  }
  application = await call(baseURL, `/api/applications/${application.id}/submit`, { token: providerToken, method: 'POST', ifMatch: application.version });
  application = await call(baseURL, `/api/applications/${application.id}/start-review`, { token: officerToken, method: 'POST', ifMatch: application.version });
  await call(baseURL, `/api/applications/${application.id}/decision`, {
    token: officerToken, method: 'POST', ifMatch: application.version,
    body: { decisions: checklist.map((r) => ({ requirementCode: r.code, met: true })) },
  });
  const organisation = await organisationOf(baseURL, options.provider);
  return { kvkNumber: organisation.kvkNumber, name: organisation.name, applicationId: application.id };
}
