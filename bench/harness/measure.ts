/**
 * Runs a command and measures its wall time, the peak memory of its whole process tree (resident
 * set size summed over the process and its descendants, sampled from /proc) and the processor
 * time the tree used (user and system, all threads, as last sampled: up to one sampling interval
 * short). On a noisy machine the processor time wanders less than the wall time: it says how
 * much work was done, the wall time how long it took. `marks`: the moment (seconds from the start)
 * the output first shows a line matching each pattern, for phases the command logs as it goes.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  peakMiB: number;
  /** Processor seconds, user and system, of the whole process tree; 0 where /proc cannot be read. */
  cpuSeconds: number;
  code: number | null;
  output: string;
  /** Seconds from the start to the first line of output matching each mark; absent when none did. */
  marks: Record<string, number>;
}

/** A phase by the line that ends it; `after`: only once the named mark has been seen. */
export interface Mark {
  name: string;
  line: RegExp;
  after?: string | undefined;
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssKiB(pid: number): number {
  let total = rssKiB(pid);
  for (const child of children(pid)) total += treeRssKiB(child);
  return total;
}

/** Clock ticks a second, as /proc counts processor time (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** Processor ticks of a process's own threads (user and system), from /proc/PID/stat. */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Each process of a tree with its processor ticks as last seen: a child that has ended keeps its last count. */
function treeCpuTicks(pid: number, seen: Map<number, number>): void {
  seen.set(pid, Math.max(seen.get(pid) ?? 0, cpuTicks(pid)));
  for (const child of children(pid)) treeCpuTicks(child, seen);
}

export const canSampleMemory = (() => {
  try {
    readdirSync('/proc/self/task');
    return true;
  } catch {
    return false;
  }
})();

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; marks?: readonly Mark[] },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const marks: Record<string, number> = {};
    /** Reads one stream of the output, line by line (a line may arrive in pieces). */
    const reader = () => {
      let partial = '';
      return (chunk: Buffer) => {
        output += chunk.toString();
        if (!options.marks?.length) return;
        const at = (performance.now() - started) / 1000;
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines)
          for (const { name, line: pattern, after } of options.marks)
            if (marks[name] === undefined && (after === undefined || marks[after] !== undefined) && pattern.test(line)) marks[name] = at;
      };
    };
    child.stdout.on('data', reader());
    child.stderr.on('data', reader());
    let peak = 0;
    const ticks = new Map<number, number>();
    const timer = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, treeRssKiB(child.pid));
      treeCpuTicks(child.pid, ticks);
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      let cpu = 0;
      for (const value of ticks.values()) cpu += value;
      resolve({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, cpuSeconds: cpu / TICKS, code, output, marks });
    });
  });
}
