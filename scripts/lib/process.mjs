import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { constants } from 'node:os';
import { ROOT } from './paths.mjs';
import { UserError } from './log.mjs';

/** Writes every line of `stream` to `out` with `prefix` in front. */
export function prefixLines(stream, prefix, out) {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix}${line}\n`));
}

function exitCode(code, signal) {
  return code ?? 128 + (constants.signals[signal] ?? 0);
}

/**
 * Runs a command to completion and resolves with its exit code. Its output is shown indented under the
 * current step, or passed straight through with `inherit` (for tools that draw their own progress).
 */
export function run(cmd, args, { env = process.env, cwd = ROOT, inherit = false, prefix = '  │ ' } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    if (!inherit) {
      prefixLines(child.stdout, prefix, process.stdout);
      prefixLines(child.stderr, prefix, process.stderr);
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(exitCode(code, signal)));
  });
}

/** A command as a person would type it from the repository root. */
function describe(cmd, args) {
  return [cmd === process.execPath ? 'node' : cmd, ...args].map((part) => part.replace(ROOT, '')).join(' ');
}

/** Like run(), but a non-zero exit is a failure that names the command. */
export async function runChecked(cmd, args, options) {
  const code = await run(cmd, args, options);
  if (code !== 0) throw new UserError(`\`${describe(cmd, args)}\` failed (exit code ${code}); see its output above.`);
}

/**
 * Runs a command quietly and collects its output; a missing command resolves with code 127.
 * Other options (uid, gid, detached) go to spawn().
 */
export function capture(cmd, args, { env = process.env, cwd = ROOT, timeoutMs = 120_000, ...spawnOptions } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, ...spawnOptions });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (err) => resolve({ code: 127, stdout, stderr: stderr || err.message }));
    child.on('close', (code, signal) => resolve({ code: exitCode(code, signal), stdout, stderr }));
  });
}
