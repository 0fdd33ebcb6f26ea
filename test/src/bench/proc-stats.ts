import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';

/** One look at a process in /proc: resident memory and CPU time used so far (user + system). */
export interface ProcessSample {
  rssBytes: number;
  /** The parts of RSS: anonymous memory (heaps), file-backed mappings, shared memory (SQLite's -shm). */
  rssAnonBytes: number;
  rssFileBytes: number;
  rssShmemBytes: number;
  /** utime + stime, in clock ticks (see {@link clockTicksPerSecond}). */
  cpuTicks: number;
}

/** A `kB` field of /proc/<pid>/status (VmRSS, RssAnon, …), in bytes; NaN when absent. */
export function statusField(statusText: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(statusText);
  return match?.[1] ? Number(match[1]) * 1024 : Number.NaN;
}

/**
 * utime + stime from the text of /proc/<pid>/stat, in clock ticks; NaN when malformed. The command
 * name (field 2) is in parentheses and may hold spaces, so the fields are counted after its last ')'.
 */
export function parseCpuTicks(statText: string): number {
  const close = statText.lastIndexOf(')');
  if (close < 0) return Number.NaN;
  // After ')': state (field 3), ppid, …, utime (field 14), stime (field 15).
  const fields = statText
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : Number.NaN;
}

/** The process's memory and CPU time, or undefined when it is gone (or not on Linux). */
export async function sampleProcess(pid: number | undefined): Promise<ProcessSample | undefined> {
  if (pid === undefined) return undefined;
  try {
    const [status, statText] = await Promise.all([
      readFile(`/proc/${pid}/status`, 'utf8'),
      readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    return {
      rssBytes: statusField(status, 'VmRSS'),
      rssAnonBytes: statusField(status, 'RssAnon'),
      rssFileBytes: statusField(status, 'RssFile'),
      rssShmemBytes: statusField(status, 'RssShmem'),
      cpuTicks: parseCpuTicks(statText),
    };
  } catch {
    return undefined;
  }
}

/** The machine's CPU time so far, from the first line of /proc/stat, in clock ticks over all cores. */
export interface MachineSample {
  /** user + nice + system + irq + softirq (the Temporal dev server runs niced, so in `nice`). */
  busy: number;
  iowait: number;
  steal: number;
  idle: number;
  total: number;
}

/** The `cpu` line of /proc/stat; undefined when absent. */
export function parseMachineCpu(procStat: string): MachineSample | undefined {
  const line = procStat.split('\n').find((text) => text.startsWith('cpu '));
  if (!line) return undefined;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = user + nice + system + irq + softirq;
  return { busy, iowait, steal, idle, total: busy + iowait + steal + idle };
}

export async function sampleMachine(): Promise<MachineSample | undefined> {
  try {
    return parseMachineCpu(await readFile('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/** A part of the machine's CPU between two samples, as % of all its cores. */
export function machinePercent(
  from: MachineSample | undefined,
  to: MachineSample | undefined,
  part: 'busy' | 'iowait' | 'steal' | 'idle',
): number {
  if (!from || !to || to.total <= from.total) return Number.NaN;
  return ((to[part] - from[part]) / (to.total - from.total)) * 100;
}

let ticks: number | undefined;
/** The kernel's USER_HZ (`getconf CLK_TCK`), the unit of /proc/<pid>/stat's times; 100 on Linux. */
export function clockTicksPerSecond(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** CPU used between two samples as a percentage of one core (200 % = both cores of a 2-core machine). */
export function cpuPercent(
  from: ProcessSample | undefined,
  to: ProcessSample | undefined,
  elapsedMs: number,
  ticksPerSecond: number,
): number {
  if (!from || !to || elapsedMs <= 0) return Number.NaN;
  return ((to.cpuTicks - from.cpuTicks) / ticksPerSecond / (elapsedMs / 1000)) * 100;
}

/** A file's size in bytes; 0 when it does not exist (a WAL after a truncating checkpoint, say). */
export async function fileSize(path: string | undefined): Promise<number | undefined> {
  if (path === undefined) return undefined;
  try {
    return (await stat(path)).size;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 0 : undefined;
  }
}
