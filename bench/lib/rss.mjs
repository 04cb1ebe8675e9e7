import { readFileSync } from 'node:fs';

function rssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  } catch {
    return NaN; // no /proc (not Linux), or the process is gone
  }
}

/**
 * Samples the resident memory of process `pid` every `intervalMs` from /proc/<pid>/status (VmRSS).
 * `window()` starts a window and returns a function that gives that window's peak in MiB (null without samples).
 */
export function watchRss(pid, intervalMs = 100) {
  const samples = [];
  const timer = setInterval(() => samples.push(rssKb(pid)), intervalMs);
  const peakMb = (from) => {
    const kb = samples.slice(from).filter(Number.isFinite);
    return kb.length ? Math.round(Math.max(...kb) / 1024) : null;
  };
  return {
    window() {
      const from = samples.length;
      return () => peakMb(from);
    },
    stop() {
      clearInterval(timer);
      return peakMb(0);
    },
  };
}
