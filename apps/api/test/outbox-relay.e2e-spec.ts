import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@rim/contracts';
import { createUser, eventually, providerInput, startTestServer, TestServer } from '@rim/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../src/worker/worker.module.js';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

async function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = createServer();
      socket.once('error', () => resolve(true)).listen(port, '127.0.0.1', () => socket.close(() => resolve(false)));
    });
    if (up) return proc;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server did not start');
}

const stop = (proc: ChildProcess) => new Promise<void>((resolve) => {
  proc.once('exit', () => resolve());
  proc.kill('SIGKILL');
});

describe('SC-1: outbox relay publishes to BullMQ; the worker applies each event once', () => {
  let redis: ChildProcess;
  let port: number;
  let server: TestServer;
  let worker: INestApplicationContext;
  const saved = { REDIS_URL: process.env.REDIS_URL, OUTBOX_REPUBLISH_SECONDS: process.env.OUTBOX_REPUBLISH_SECONDS };

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    process.env.REDIS_URL = `redis://127.0.0.1:${port}/0`;
    process.env.OUTBOX_REPUBLISH_SECONDS = '2';
    server = await startTestServer();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await server?.close();
    if (redis && redis.exitCode === null) await stop(redis);
    Object.assign(process.env, saved);
  });

  const appliedAt = (eventType: string, aggregateId: string) => async () => {
    const [row] = await server.app.get(DataSource).query(
      'SELECT applied_at, publish_attempts FROM outbox_event WHERE type = $1 AND aggregate_id = $2', [eventType, aggregateId]);
    return row?.applied_at ? row : undefined;
  };

  it('SC-1: with Redis stopped a change still commits, and its event is applied once Redis is back', async () => {
    const officer = await createUser({ role: Role.BuyerOfficer });
    const token = (await request(server.url).post('/api/auth/login').send({ email: officer.email, password: officer.password })).body.accessToken;

    await stop(redis);
    const res = await request(server.url).post('/api/providers').set('authorization', `Bearer ${token}`).send(providerInput());
    expect(res.status).toBe(201);
    const db = server.app.get(DataSource);
    const [pending] = await db.query('SELECT applied_at FROM outbox_event WHERE aggregate_id = $1', [res.body.id]);
    expect(pending).toEqual({ applied_at: null });

    redis = await startRedis(port);
    const applied = await eventually(appliedAt('provider.registered', res.body.id));
    expect(applied.applied_at).toBeInstanceOf(Date);
  });

  it('SC-1: an event lost with a Redis flush is published again and applied exactly once', async () => {
    const officer = await createUser({ role: Role.BuyerOfficer });
    const token = (await request(server.url).post('/api/auth/login').send({ email: officer.email, password: officer.password })).body.accessToken;
    await worker.close();
    const res = await request(server.url).post('/api/providers').set('authorization', `Bearer ${token}`).send(providerInput());
    expect(res.status).toBe(201);
    const { Redis } = await import('ioredis');
    const client = new Redis(port, '127.0.0.1');
    await client.flushall();
    client.disconnect();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
    const applied = await eventually(appliedAt('provider.registered', res.body.id));
    expect(applied.applied_at).toBeInstanceOf(Date);
    const [{ n }] = await server.app.get(DataSource).query('SELECT count(*) AS n FROM outbox_event WHERE aggregate_id = $1', [res.body.id]);
    expect(Number(n)).toBe(1);
  });
});
