import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JobName, QueueName, Role } from '@rim/contracts';
import { createUser, eventually, startTestServer, TestServer, tokenFor } from '@rim/testing';
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

  it('FW-5: the worker keeps one daily schedule at 05:00 Amsterdam time, however often it starts', async () => {
    const second = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await second.init();
    await second.close();
    const queue = server.app.get(JobQueues).queue(QueueName.Maintenance);
    const schedulers = await eventually(async () => {
      const list = await queue.getJobSchedulers();
      return list.length ? list : undefined;
    });
    expect(schedulers).toEqual([expect.objectContaining({ key: 'evidence-sweep-daily', pattern: '0 5 * * *', tz: 'Europe/Amsterdam' })]);
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
});
