// The bench's CPU time per load, read from /proc (scripts/bench/cpuTime.mjs): on a /proc made for the test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumThreads, cpuBetween, cpuMsOfStat, roleOf } from '../../scripts/bench/cpuTime.mjs';

/** A thread's stat line with `utime` and `stime` ticks, its command holding a space and a parenthesis. */
const stat = (tid: number, utime: number, stime: number) => `${tid} (Thread (x) 1) S 1 ${tid} 0 0 -1 4194560 100 0 0 0 ${utime} ${stime} 0 0 20 0 9 0 1000 0 0`;

let proc: string | undefined;
afterEach(() => {
  if (proc) rmSync(proc, { recursive: true, force: true });
  proc = undefined;
});

/** A /proc with the given processes: their command line and threads (name, user ticks, system ticks). */
function fakeProc(processes: Record<string, { args: string[]; threads: Record<string, [string, number, number]> }>) {
  proc = mkdtempSync(join(tmpdir(), 'proc-'));
  for (const [pid, { args, threads }] of Object.entries(processes)) {
    mkdirSync(join(proc, pid, 'task'), { recursive: true });
    writeFileSync(join(proc, pid, 'cmdline'), args.join('\0') + '\0');
    for (const [tid, [name, utime, stime]] of Object.entries(threads)) {
      mkdirSync(join(proc, pid, 'task', tid));
      writeFileSync(join(proc, pid, 'task', tid, 'comm'), `${name}\n`);
      writeFileSync(join(proc, pid, 'task', tid, 'stat'), stat(Number(tid), utime, stime));
    }
  }
  mkdirSync(join(proc, 'self'));
  return proc;
}

describe('CPU time per load', () => {
  it('reads user and system time from a stat line whose command holds spaces and parentheses', () => {
    expect(cpuMsOfStat(stat(7, 12, 3))).toBe(150);
  });

  it('tells SwiftShader’s threads and the main threads from the rest', () => {
    expect(roleOf('gpu-process', 'Thread<01>')).toBe('SwiftShader');
    expect(roleOf('gpu-process', 'chromium')).toBe('GPU process, main thread');
    expect(roleOf('gpu-process', 'VizCompositorTh')).toBe('other');
    expect(roleOf('renderer', 'chromium')).toBe('page, main thread');
    expect(roleOf('renderer', 'DedicatedWorker')).toBe('page, other threads');
    expect(roleOf(null, 'chromium')).toBe('other');
  });

  it('adds up what Chromium’s threads spent between two readings, new threads from zero, other programs not at all', () => {
    const chromium = '/usr/lib/chromium/chromium';
    const root = fakeProc({
      '100': { args: [chromium, '--no-sandbox'], threads: { '100': ['chromium', 50, 10] } },
      // As Chromium's child processes show it: the whole command line as one string.
      '200': { args: [`${chromium} --type=gpu-process --no-sandbox`], threads: { '200': ['chromium', 20, 0], '201': ['Thread<00>', 30, 0] } },
      '300': { args: ['node', 'server.mjs'], threads: { '300': ['node', 400, 0] } },
    });
    const before = chromiumThreads(root)!;
    expect([...before.values()].map((t) => t.role).sort()).toEqual(['GPU process, main thread', 'SwiftShader', 'other']);
    writeFileSync(join(root, '200', 'task', '201', 'stat'), stat(201, 45, 5));
    writeFileSync(join(root, '300', 'task', '300', 'stat'), stat(300, 900, 0));
    mkdirSync(join(root, '400', 'task', '400'), { recursive: true });
    writeFileSync(join(root, '400', 'cmdline'), `${chromium}\0--type=renderer\0`); // (a process that kept its arguments apart)
    writeFileSync(join(root, '400', 'task', '400', 'comm'), 'chromium\n');
    writeFileSync(join(root, '400', 'task', '400', 'stat'), stat(400, 8, 2));
    const spent = cpuBetween(before, chromiumThreads(root)!);
    expect(spent).toEqual({ SwiftShader: 200, 'GPU process, main thread': 0, 'page, main thread': 100, 'page, other threads': 0, other: 0, total: 300 });
  });

  it('gives nothing where there is no /proc', () => {
    expect(chromiumThreads(join(tmpdir(), 'no-such-proc-here'))).toBeNull();
  });
});
