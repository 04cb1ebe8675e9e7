import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { tcpOpen } from './net.mjs';
import { withPath } from './env.mjs';
import { capture, runChecked } from './process.mjs';
import { aptInstall, commandExists } from './system.mjs';

/** A local server as the machine image sets it up: user postgres, trust authentication. */
export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/';

function connectTo(serverUrl, database) {
  return new pg.Client({ connectionString: withPath(serverUrl, database), connectionTimeoutMillis: 5000 });
}

/**
 * Whether a PostgreSQL server answers at `serverUrl`: a TCP connect, then a real `SELECT 1` on its
 * maintenance database. Resolves `{ version }` or `{ problem }` (a short phrase for the user).
 */
export async function probePostgres(serverUrl) {
  const { hostname, port } = new URL(serverUrl);
  if (!(await tcpOpen(hostname, Number(port || 5432)))) return { problem: 'nothing listening' };
  const client = connectTo(serverUrl, 'postgres');
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query('SELECT 1 AS one, current_setting($1) AS version', ['server_version']);
    return { version: rows[0].version.split(' ')[0] };
  } catch (err) {
    return { problem: `refused the connection (${err.message})` };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `fn(client)` on the server's maintenance database. */
async function withClient(serverUrl, fn) {
  const client = connectTo(serverUrl, 'postgres');
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` on the server when missing; with `fresh`, drops it first. */
export function ensureDatabase(serverUrl, name, { fresh = false } = {}) {
  return withClient(serverUrl, async (client) => {
    const id = client.escapeIdentifier(name);
    if (fresh) await client.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      // Another script may create it at the same moment: duplicate_database / unique_violation mean done.
      await client.query(`CREATE DATABASE ${id}`).catch((err) => {
        if (err.code !== '42P04' && err.code !== '23505') throw err;
      });
    }
  });
}

/** The comment on database `name` (null when none): where a script marks what a database holds. */
export function databaseComment(serverUrl, name) {
  return withClient(serverUrl, async (client) => {
    const sql = "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1";
    const { rows } = await client.query(sql, [name]);
    return rows[0]?.comment ?? null;
  });
}

export function setDatabaseComment(serverUrl, name, comment) {
  return withClient(serverUrl, (client) =>
    client.query(`COMMENT ON DATABASE ${client.escapeIdentifier(name)} IS ${client.escapeLiteral(comment)}`),
  );
}

/** The newest Debian cluster ("16"), or undefined when none is installed. */
function debianClusterVersion() {
  if (!existsSync('/etc/postgresql')) return undefined;
  return readdirSync('/etc/postgresql')
    .filter((v) => existsSync(`/etc/postgresql/${v}/main`))
    .sort((a, b) => Number(b) - Number(a))[0];
}

/** Starts the installed Debian cluster (`pg_ctlcluster … main start`); null when there is none. */
export async function startInstalledPostgres() {
  const version = debianClusterVersion();
  if (!version || !(await commandExists('pg_ctlcluster'))) return null;
  const { code, stdout, stderr } = await capture('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
  if (code !== 0) throw new Error(`pg_ctlcluster ${version} main start: ${(stderr || stdout).trim() || `exit code ${code}`}`);
  return LOCAL_POSTGRES;
}

/**
 * Installs Debian's postgresql when none is installed (as root), lets user postgres in over loopback without a
 * password, as on the development machines, and starts it; null when apt-get cannot be used here.
 */
export async function installPostgres() {
  if (debianClusterVersion() || !(await aptInstall(['postgresql']))) return null;
  const version = debianClusterVersion();
  if (!version) throw new Error('apt-get installed postgresql but created no cluster');
  trustLoopback(`/etc/postgresql/${version}/main/pg_hba.conf`);
  await runChecked('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart']);
  return LOCAL_POSTGRES;
}

function trustLoopback(hbaFile) {
  const hba = readFileSync(hbaFile, 'utf8');
  const rules = ['host all all 127.0.0.1/32 trust', 'host all all ::1/128 trust'];
  if (rules.every((rule) => hba.includes(rule))) return;
  const header = '# Development: trust local TCP connections (added by scripts/lib/postgres.mjs)';
  writeFileSync(hbaFile, `${header}\n${rules.join('\n')}\n\n${hba}`);
}

