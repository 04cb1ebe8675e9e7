import { mkdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import { fromRoot } from './paths.mjs';
import { tcpOpen } from './net.mjs';
import { capture } from './process.mjs';
import { aptInstall, commandExists } from './system.mjs';

export const LOCAL_REDIS = 'redis://127.0.0.1:6379/';

function connectTo(url) {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: 5000 });
  client.on('error', () => {});
  return client;
}

/** Whether Redis answers at `url`: a TCP connect, then PING. Resolves `{ version }` or `{ problem }`. */
export async function probeRedis(url) {
  const { hostname, port } = new URL(url);
  if (!(await tcpOpen(hostname, Number(port || 6379)))) return { problem: 'nothing listening' };
  const client = connectTo(url);
  try {
    await client.connect();
    if ((await client.ping()) !== 'PONG') return { problem: 'did not answer PING' };
    const info = await client.info('server');
    return { version: /redis_version:(\S+)/.exec(info)?.[1] ?? '?' };
  } catch (err) {
    return { problem: `refused the connection (${err.message})` };
  } finally {
    client.disconnect();
  }
}

/** Empties the Redis database that `url` names (tests start from nothing). */
export async function flushRedisDb(url) {
  const client = connectTo(url);
  try {
    await client.connect();
    await client.flushdb();
  } finally {
    client.disconnect();
  }
}

/** Starts an installed redis-server on 127.0.0.1:6379 that keeps nothing on disk; null when none is installed. */
export async function startInstalledRedis() {
  if (!(await commandExists('redis-server'))) return null;
  const dir = fromRoot('.data/redis');
  mkdirSync(dir, { recursive: true });
  const args = ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no'];
  const result = await capture('redis-server', [...args, '--dir', dir, '--logfile', `${dir}/redis.log`]);
  if (result.code !== 0) throw new Error(`redis-server failed to start: ${(result.stderr || result.stdout).trim()}`);
  return LOCAL_REDIS;
}

/** Installs Debian's redis-server when none is installed (as root) and starts it; null when apt-get cannot be used. */
export async function installRedis() {
  if ((await commandExists('redis-server')) || !(await aptInstall(['redis-server']))) return null;
  return startInstalledRedis();
}
