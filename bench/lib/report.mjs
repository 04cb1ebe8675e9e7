import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

const COLUMNS = [
  ['request', (r) => r.name],
  ['load', (r) => r.mode],
  ['req/s', (r) => r.rps],
  ['p50 ms', (r) => r.p50Ms],
  ['p99 ms', (r) => r.p99Ms],
  ['errors', (r) => r.errors],
  ['non-2xx', (r) => r.non2xx],
  ['RSS MiB', (r) => r.rssPeakMb],
];

/** The measurements as a plain-text table, then the derived figures. */
export function printReport({ rows, figures, rssPeakMb }) {
  const cells = (row) => (row.skipped ? [row.name, row.mode] : COLUMNS.map(([, get]) => String(get(row) ?? '–')));
  const lines = [COLUMNS.map(([title]) => title), ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...lines.map((line) => line[i]?.length ?? 0)));
  const format = (line) => line.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`  ${format(lines[0])}`);
  for (const row of rows) console.log(`  ${format(cells(row))}${row.skipped ? `  not measured: ${row.skipped}` : ''}`);
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${value}`);
  console.log(`  API peak RSS over the run: ${rssPeakMb ?? '–'} MiB`);
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Writes the run to `file` as JSON, with what is needed to compare it with another run. */
export function writeResults(file, { settings, rows, figures, rssPeakMb }) {
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  const results = { date: new Date().toISOString(), commit: gitCommit(), machine, settings, rows, figures, apiRssPeakMb: rssPeakMb };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
