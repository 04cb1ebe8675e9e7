import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JobName, QueueName, Role } from '@rim/contracts';
import { createUser, eventually, startTestServer, TestServer, tokenFor } from '@rim/testing';
import request from 'supertest';
import { JobQueues } from '../src/common/queue/job-queues.js';
import { WorkerModule } from '../src/worker/worker.module.js';

describe('FW-5: the evidence sweep runs in the worker (SC-10 job rules)', () => {
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

  it('refuses the sweep to roles that do not manage participations', async () => {
    const coach = await tokenFor(await createUser({ role: Role.BuyerCoach }));
    expect((await request(server.url).post('/api/participations/evidence-sweeps').set('authorization', `Bearer ${coach}`)).status).toBe(403);
  });
});
