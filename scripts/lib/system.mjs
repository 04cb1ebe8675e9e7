import { capture, runChecked } from './process.mjs';
import { detail } from './log.mjs';

export const isRoot = () => process.getuid?.() === 0;

export async function commandExists(command) {
  return (await capture('sh', ['-c', `command -v ${command}`])).code === 0;
}

let aptUpdated = false;

/** Installs Debian packages with apt-get; false (and nothing done) unless running as root on a system with apt-get. */
export async function aptInstall(packages) {
  if (!isRoot() || !(await commandExists('apt-get'))) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    detail('apt-get update…');
    await runChecked('apt-get', ['update'], { env });
    aptUpdated = true;
  }
  detail(`apt-get install ${packages.join(' ')}…`);
  await runChecked('apt-get', ['install', '-y', ...packages], { env });
  return true;
}

let engine;

/** True when a Docker engine answers (`docker info`), not just the client. */
export function dockerEngine() {
  engine ??= capture('docker', ['info'], { timeoutMs: 15_000 }).then((r) => r.code === 0);
  return engine;
}

let composed;

/** Starts the postgres and redis services of docker/compose.yml (once per script). */
export function composeUp() {
  composed ??= runChecked('docker', ['compose', '-f', 'docker/compose.yml', 'up', '-d', 'postgres', 'redis']);
  return composed;
}
