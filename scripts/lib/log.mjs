/** Console output for humans: one line per step, indented detail, plain text (CI logs have no colours). */

export function step(message) {
  console.log(`• ${message}`);
}

export function detail(message) {
  console.log(`  ${message}`);
}

export function ok(message) {
  console.log(`  ✓ ${message}`);
}

export function warn(message) {
  console.log(`  ! ${message}`);
}

/** Seconds since `start` (a performance.now() value), for "done in 12.3 s". */
export function elapsed(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

/** Prints "… still <doing> (N s)" every `everyS` seconds during a long quiet step; call the result to stop. */
export function ticker(doing, everyS = 15) {
  const start = performance.now();
  const timer = setInterval(() => detail(`… still ${doing} (${elapsed(start)})`), everyS * 1000);
  return () => clearInterval(timer);
}

/** A failure the user can act on: printed as one sentence, without a stack trace. */
export class UserError extends Error {}

/** Runs the main function of a script; prints failures and sets the exit code. */
export function main(fn) {
  fn().catch((err) => {
    if (err instanceof UserError) console.error(`✗ ${err.message}`);
    else console.error('✗', err);
    process.exitCode = 1;
  });
}
