import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JOB_QUEUE, JOB_SCHEDULES, JobName, QueueName, Role } from '@rim/contracts';
import { createUser, eventually, openTrajectory, orderTrajectory, startTestServer, TestServer, tokenFor } from '@rim/testing';
import { localDate } from '@rim/domain';
import { Clock } from '../src/common/clock/clock.service.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobQueues } from '../src/common/queue/job-queues.js';
import { WorkerModule } from '../src/worker/worker.module.js';

describe('jobs in the worker: the FW-5 evidence sweep and the TD-9 tender timers (SC-10 job rules)', () => {
  let server: TestServer;
  let worker: INestApplicationContext;
  beforeAll(async () => {
    server = await startTestServer();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
  });
  afterAll(async () => {
    await worker.close();
    await server.close();
  });

  it('FW-5: an officer starts a sweep with 202 and a run id; the worker runs it to completion', async () => {
    const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    const res = await request(server.url).post('/api/participations/evidence-sweeps').set('authorization', `Bearer ${officer}`);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ job: JobName.EvidenceSweep, runId: expect.stringMatching(/^evidence-sweep-/) });
    const queue = server.app.get(JobQueues).queue(QueueName.Maintenance);
    const job = await eventually(async () => {
      const found = await queue.getJob(res.body.runId);
      return (await found?.isCompleted()) ? found : undefined;
    });
    expect(job!.returnvalue).toMatchObject({ reminders: expect.any(Number), suspended: expect.any(Number), reinstated: expect.any(Number) });
  });

  it('FW-5, IC-10: the worker keeps one schedule per daily job (evidence sweep 05:00, settlement 06:00 Amsterdam time), however often it starts', async () => {
    const second = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await second.init();
    await second.close();
    const queue = server.app.get(JobQueues).queue(QueueName.Maintenance);
    const schedulers = await eventually(async () => {
      const list = await queue.getJobSchedulers();
      return list.length ? list : undefined;
    });
    expect(schedulers).toHaveLength(JOB_SCHEDULES.filter((s) => JOB_QUEUE[s.name] === QueueName.Maintenance).length);
    expect(schedulers).toEqual(expect.arrayContaining([
      expect.objectContaining({ key: 'evidence-sweep-daily', pattern: '0 5 * * *', tz: 'Europe/Amsterdam' }),
      expect.objectContaining({ key: 'settlement-run-daily', pattern: '0 6 * * *', tz: 'Europe/Amsterdam' }),
    ]));
  });

  it('TD-9: at the selection deadline the worker closes selection requests, once, whatever else happens', async () => {
    const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    const now = Date.now();
    const created = await request(server.url).post('/api/tenders').set('authorization', `Bearer ${officer}`).send({
      name: `Timer ${now}`, questionsCloseAt: new Date(now + 2_000).toISOString(), selectionDeadlineAt: new Date(now + 2_000).toISOString(),
      bidDeadlineAt: new Date(now + 86_400_000).toISOString(), weights: { PRICE: 40, DROP_OUT: 10, PLACEMENT: 30, DURATION: 10, TARGET_GROUP_FIT: 5, REGIONAL_FIT: 5 },
      targetGroups: ['WW-01'], regions: ['AMR-01'],
      lotTerms: { expectedVolume: 10, tranches: 1, minReferrals: 1, maxPriceCents: 300_000, maxDurationDays: 200, financing: { fixedShareBp: 5000, durabilityMonths: 6, bonusCents: 0 } },
    });
    expect(created.status).toBe(201);
    await request(server.url).post(`/api/tenders/${created.body.id}/publish`).set('authorization', `Bearer ${officer}`).set('if-match', `"${created.body.version}"`);
    const status = await eventually(async () => {
      const t = await request(server.url).get(`/api/tenders/${created.body.id}`).set('authorization', `Bearer ${officer}`);
      return t.body.status === 'SELECTION' ? t.body.status : undefined;
    });
    expect(status).toBe('SELECTION');
    const closed = await server.app.get(DataSource).query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'tender.close_selection_requests'`, [created.body.id]);
    expect(closed[0].n).toBe(1);
  });

  it('refuses the sweep to roles that do not manage participations', async () => {
    const coach = await tokenFor(await createUser({ role: Role.BuyerCoach }));
    expect((await request(server.url).post('/api/participations/evidence-sweeps').set('authorization', `Bearer ${coach}`)).status).toBe(403);
  });

  it('IC-10: two settlement runs started through the API pay an IRO\'s result part and bonus once, never twice', async () => {
    const clock = server.app.get(Clock);
    clock.travelTo(new Date(Date.now() - 120 * 86_400_000));
    const t = await openTrajectory('IRO');
    await orderTrajectory(t, { activities: [{ code: 'IRO-1', hours: 30 }], durationMonths: 9, quoteCents: 300_000, placementBonusCents: 40_000 });
    await request(server.url).post(`/api/trajectories/${t.trajectoryId}/placements`).set('authorization', `Bearer ${t.provider}`)
      .send({ contract: { type: 'INDEFINITE' }, hoursPerWeek: 32, start: localDate(clock.now()) });
    clock.reset();
    const officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    const runs = await Promise.all([0, 1].map(() => request(server.url).post('/api/settlement-runs').set('authorization', `Bearer ${officer}`)));
    expect(runs.map((r) => [r.status, r.body.job])).toEqual([[202, JobName.SettlementRun], [202, JobName.SettlementRun]]);
    const queue = server.app.get(JobQueues).queue(QueueName.Maintenance);
    for (const run of runs) {
      await eventually(async () => ((await (await queue.getJob(run.body.runId))?.isCompleted()) ? true : undefined));
    }
    const ledger = await request(server.url).get(`/api/trajectories/${t.trajectoryId}/payments`).set('authorization', `Bearer ${t.provider}`);
    expect(ledger.body.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents])).toEqual([['FIXED', 150_000], ['RESULT', 150_000], ['BONUS', 40_000]]);
    expect((await request(server.url).post('/api/settlement-runs').set('authorization', `Bearer ${t.coach}`)).status).toBe(403);
  });
});
