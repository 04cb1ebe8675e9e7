import { Role } from '@rim/contracts';
import { isValidBsn } from '@rim/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUser, providerInput } from './factories.js';
import { createFramework, tokenFor } from './frameworks.js';
import { currentServer } from './test-server.js';

const CSV_HEADER = 'kvkNumber,name,email,streetAddress,postcode,city,homeRegion,regionsServed,targetGroups,services,sizeClass,employees,annualCapacity,foundedYear,lots,capacity';
let bsnCounter = Math.floor(Math.random() * 1_000_000);

/** A BSN that passes the elfproef and is new in this process. */
export function uniqueBsn(): string {
  for (;;) {
    bsnCounter += 1;
    const candidate = String(200_000_000 + ((bsnCounter * 7_919) % 700_000_000)).padStart(9, '0');
    if (isValidBsn(candidate)) return candidate;
  }
}

export interface OpenTrajectory {
  trajectoryId: string;
  caseId: string;
  providerId: string;
  frameworkId: string;
  /** Tokens of the provider's administrator and the coach who owns the case. */
  provider: string;
  coach: string;
}

export const caseInput = (over: object = {}) => ({
  bsn: uniqueBsn(), benefitType: 'WGA', targetGroup: 'WW-03', region: 'AMR-20', distanceToLabourMarket: 3, ageBand: '45-54', barriers: ['BAR-01'], hoursPerWeek: 20, ...over,
});

/**
 * Through the real API: a framework with one provider admitted to the lot (or the provider of `sameProviderAs`), a
 * coach's case with a work plan for `route` and the client's choice of that provider — waiting for the provider's plan.
 */
export async function openTrajectory(route: 'WERKFIT' | 'NAAR_WERK' | 'IRO', options: { caseOver?: object; sameProviderAs?: OpenTrajectory } = {}): Promise<OpenTrajectory> {
  const { url } = currentServer();
  const { frameworkId, providerId, provider, coach } = options.sameProviderAs ?? (await admittedProvider(route === 'WERKFIT' ? 'WERKFIT' : 'NAAR_WERK'));
  const as = (path: string, body: object) => request(url).post(path).set('authorization', `Bearer ${coach}`).send(body);
  const caseId = (await as('/api/cases', caseInput(options.caseOver))).body.id as string;
  const workPlan = route === 'IRO'
    ? { route, proposedHours: 30, durationMonths: 9, activities: [] }
    : { route, frameworkId, proposedHours: route === 'WERKFIT' ? 34 : 20, durationMonths: route === 'WERKFIT' ? 12 : 6, activities: [] };
  const planned = await as(`/api/cases/${caseId}/work-plans`, workPlan);
  if (planned.status !== 201) throw new Error(`work plan refused: ${JSON.stringify(planned.body)}`);
  const choice = await as(`/api/cases/${caseId}/provider-choice`, { method: 'CLIENT_CHOICE', introMeetings: [providerId], vetoed: [], chosenProviderId: providerId });
  if (choice.status !== 201) throw new Error(`choice refused: ${JSON.stringify(choice.body)}`);
  return { trajectoryId: choice.body.trajectoryId, caseId, providerId, frameworkId, provider, coach };
}

/** A new framework with one provider admitted to `lot` (serving AMR-20, WW-03), its administrator and a coach. */
async function admittedProvider(lot: string): Promise<Omit<OpenTrajectory, 'trajectoryId' | 'caseId'>> {
  const { url } = currentServer();
  const fw = await createFramework();
  const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
  const p = providerInput();
  const row = [p.kvkNumber, p.name, p.email, p.streetAddress, p.postcode, p.city, 'AMR-20', 'AMR-20', 'WW-03', lot, 'SMALL', '8', '60', '2010', lot, '10'].join(',');
  const enrolled = await request(url).post(`/api/frameworks/${fw.id}/bulk-enrolments`).query({ admit: true }).set('authorization', `Bearer ${officer}`).set('content-type', 'text/csv').send([CSV_HEADER, row].join('\n'));
  if (enrolled.body.admitted !== 1) throw new Error(`enrolment failed: ${JSON.stringify(enrolled.body)}`);
  const [{ id: providerId }] = await currentServer().app.get(DataSource).query<{ id: string }[]>('SELECT id FROM organisation WHERE kvk_number = $1', [p.kvkNumber]);
  return {
    frameworkId: fw.id, providerId,
    provider: await tokenFor(await createUser({ role: Role.ProviderAdmin, organisationId: providerId })),
    coach: await tokenFor(await createUser({ role: Role.BuyerCoach })),
  };
}

/** One POST on a trajectory, sent with the trajectory's current version as If-Match. */
export async function trajectoryStep(token: string, trajectoryId: string, path: string, body: object = {}): Promise<request.Response> {
  const { url } = currentServer();
  const current = await request(url).get(`/api/trajectories/${trajectoryId}`).set('authorization', `Bearer ${token}`);
  return request(url).post(`/api/trajectories/${trajectoryId}/${path}`).set('authorization', `Bearer ${token}`).set('if-match', `"${current.body.version}"`).send(body);
}

/** Plan, approval and purchase order: the trajectory is running (ORDERED). */
export async function orderTrajectory(t: OpenTrajectory, plan: object): Promise<void> {
  for (const [token, path, body] of [[t.provider, 'plans', plan], [t.coach, 'plan-review', { decision: 'APPROVE' }], [t.coach, 'purchase-order', { clientConsent: true, consentNote: 'Cliënt akkoord' }]] as const) {
    const res = await trajectoryStep(token, t.trajectoryId, path, body);
    if (res.status !== 200) throw new Error(`${path} refused: ${res.status} ${JSON.stringify(res.body)}`);
  }
}
