import { eventually } from '@rim/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The built worker: a separate process, so that it can be killed with SIGKILL like a crashed container. */
const WORKER_ENTRY = fileURLToPath(new URL('../../dist/worker.js', import.meta.url));

export function assertWorkerBuilt(): void {
  if (!existsSync(WORKER_ENTRY)) throw new Error(`build the API first (npm run build:api): ${WORKER_ENTRY} is missing`);
}

export const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

/** A private `redis-server` without persistence, answering PING on 127.0.0.1:`port`. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await eventually(async () => {
    const { Redis } = await import('ioredis');
    const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await client.connect();
      return (await client.ping()) === 'PONG' ? true : undefined;
    } catch {
      return undefined;
    } finally {
      client.disconnect();
    }
  }, 10_000);
  return proc;
}

export const kill = (proc: ChildProcess) => new Promise<void>((resolve) => {
  if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
  proc.once('exit', () => resolve());
  proc.kill('SIGKILL');
});

/** The built worker against the services named in this process's environment (the test's DATABASE_URL and REDIS_URL). */
export const startWorker = (): ChildProcess => spawn(process.execPath, [WORKER_ENTRY], { env: process.env, stdio: 'ignore' });
