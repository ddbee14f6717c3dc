// The CPU time Chromium spends on one page load, by the role of each thread, from Linux's /proc. On two cores the
// wall-clock first idle moves by ±20 % from load to load, while the CPU a load takes moves far less; and it shows
// what the wall clock cannot: which threads do the extra work (SwiftShader's own threads do the emulated GPU's
// drawing and never appear in Chromium's traces). Elsewhere than Linux there is no /proc: the figures are null.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Linux reports thread times in clock ticks of 1/100 s (USER_HZ, the same on every architecture Node runs on). */
const MS_PER_TICK = 10;

export const ROLES = ['SwiftShader', 'GPU process, main thread', 'page, main thread', 'page, other threads', 'other'];

/**
 * User plus system time of a thread, in ms, from its `stat` line (fields 14 and 15, counted after the command's
 * closing parenthesis, as the command itself may hold spaces and parentheses).
 * @param {string} stat
 */
export function cpuMsOfStat(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).trim().split(/\s+/);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks * MS_PER_TICK : 0;
}

/**
 * What a Chromium thread does, from its process's `--type` and its own name.
 * @param {string | null} processType null for the browser process
 * @param {string} threadName
 */
export function roleOf(processType, threadName) {
  if (processType === 'gpu-process') {
    // SwiftShader names its worker threads Thread<00>, Thread<01>…; Chromium's GPU main thread keeps the binary's name.
    if (/^Thread<\d+>$/.test(threadName)) return 'SwiftShader';
    if (threadName === 'chromium') return 'GPU process, main thread';
  }
  if (processType === 'renderer') return threadName === 'chromium' ? 'page, main thread' : 'page, other threads';
  return 'other';
}

/**
 * Every thread of every Chromium process now: its role and CPU time so far, keyed by process and thread id.
 * @param {string} procRoot
 * @returns {Map<string, { role: string; ms: number }> | null} null where there is no /proc
 */
export function chromiumThreads(procRoot = '/proc') {
  let pids;
  try {
    pids = readdirSync(procRoot).filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const threads = new Map();
  for (const pid of pids) {
    let commandLine;
    try {
      commandLine = readFileSync(join(procRoot, pid, 'cmdline'), 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // Chromium's child processes rewrite their command line as one string (spaces, no NULs between arguments).
    if (!/chrom/i.test(commandLine.split(/[\0 ]/)[0])) continue;
    const processType = /(?:^|[\0 ])--type=([\w-]+)/.exec(commandLine)?.[1] ?? null;
    let tids = [];
    try {
      tids = readdirSync(join(procRoot, pid, 'task'));
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const name = readFileSync(join(procRoot, pid, 'task', tid, 'comm'), 'utf8').trim();
        const ms = cpuMsOfStat(readFileSync(join(procRoot, pid, 'task', tid, 'stat'), 'utf8'));
        threads.set(`${pid}/${tid}`, { role: roleOf(processType, name), ms });
      } catch {
        // a thread that ended between the listing and the read
      }
    }
  }
  return threads;
}

/**
 * The CPU time spent between two readings, by role (threads new in `after` count from zero).
 * @param {Map<string, { role: string; ms: number }>} before
 * @param {Map<string, { role: string; ms: number }>} after
 * @returns {Record<string, number>} ms per role, and `total`
 */
export function cpuBetween(before, after) {
  const spent = Object.fromEntries([...ROLES, 'total'].map((role) => [role, 0]));
  for (const [key, thread] of after) {
    const ms = Math.max(thread.ms - (before.get(key)?.ms ?? 0), 0);
    spent[thread.role] += ms;
    spent.total += ms;
  }
  return spent;
}
