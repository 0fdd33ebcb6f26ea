import type { Check, MinuteRow } from './soak-minutes.js';

const num = (value: number | undefined, digits = 0) =>
  value !== undefined && Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
const ms = (value: number) =>
  Number.isFinite(value)
    ? value < 10
      ? value.toFixed(1)
      : value >= 10_000
        ? `${(value / 1000).toFixed(1)}k`
        : value.toFixed(0)
    : 'n/a';

const columns: [string, number][] = [
  ['t s', 6],
  ['phase', 6],
  ['offered', 8],
  ['answered/s', 11],
  ['e2e p50/p95 ms', 15],
  ['ack p99', 8],
  ['open', 7],
  ['eng MB', 7],
  ['tmp MB', 7],
  ['eng CPU', 8],
  ['tmp CPU', 8],
  ['cache', 6],
  ['evict', 6],
  ['ratio', 6],
];

/** The column heads of {@link formatRow}. */
export function rowHeader(): string {
  return columns.map(([title, width]) => title.padStart(width)).join(' ');
}

/**
 * One interval: its end (s since the load began), phase, webhooks offered in it, answered per
 * second, end-to-end p50/p95 of its replies, ack p99, open conversations, engine and Temporal RSS,
 * their CPU (% of one core), the worker cache size, evictions in the interval, answered/baseline.
 */
export function formatRow(row: MinuteRow): string {
  const cells = [
    num(row.toS),
    row.phase,
    String(row.offered),
    num(row.answeredPerSecond, 1),
    `${ms(row.e2eP50Ms)} / ${ms(row.e2eP95Ms)}`,
    ms(row.ackP99Ms),
    row.open === undefined ? 'n/a' : String(row.open),
    num(row.engineRssMb),
    num(row.temporalRssMb),
    `${num(row.engineCpuPercent)} %`,
    `${num(row.temporalCpuPercent)} %`,
    num(row.cacheSize),
    num(row.evictions),
    num(row.ratio, 2),
  ];
  return cells.map((cell, index) => cell.padStart(columns[index]?.[1] ?? 0)).join(' ');
}

/** The profile line under each row: where the time went in the interval. */
export function formatProfile(row: MinuteRow): string {
  return (
    `        cpu sandbox ${num(row.sandboxCpuPercent)} %, bench ${num(row.benchCpuPercent)} %; ` +
    `other processes ${num(row.otherCpuPercent)} %; machine busy ${num(row.machineBusyPercent)} %, iowait ${num(row.machineIowaitPercent)} %, steal ${num(row.machineStealPercent)} % of all cores; ` +
    `workflow tasks ${num(row.workflowTasks)} (mean ${num(row.workflowTaskMeanMs, 1)} ms, local activity ${num(row.localActivityMeanMs, 1)} ms), ` +
    `cache misses ${num(row.cacheMisses)}, replays ${num(row.replays)}; ` +
    `Temporal persistence ${num(row.persistencePerSecond)}/s at ${num(row.persistenceMeanMs, 2)} ms; ` +
    `WAL engine ${num(row.engineWalMb, 1)} MB, Temporal ${num(row.temporalWalMb, 1)} MB; ` +
    `peak RSS engine ${num(row.engineRssMaxMb)} MB, Temporal ${num(row.temporalRssMaxMb)} MB; ` +
    `engine RSS anon ${num(row.engineRssAnonMb)} / file ${num(row.engineRssFileMb)} / shmem ${num(row.engineRssShmemMb)} MB`
  );
}

/** Where the CPU went while something else (a baseline run) ran. */
export function formatWindow(row: MinuteRow): string {
  return (
    `  meanwhile      cpu engine ${num(row.engineCpuPercent)} %, Temporal ${num(row.temporalCpuPercent)} %, ` +
    `sandbox ${num(row.sandboxCpuPercent)} %, bench ${num(row.benchCpuPercent)} %, other processes ${num(row.otherCpuPercent)} %; ` +
    `machine busy ${num(row.machineBusyPercent)} %, iowait ${num(row.machineIowaitPercent)} % of all cores; ` +
    `Temporal persistence ${num(row.persistencePerSecond)}/s at ${num(row.persistenceMeanMs, 2)} ms`
  );
}

export function formatChecks(checks: readonly Check[]): string {
  return checks
    .map(
      (check) =>
        `  ${check.pass === null ? 'n/a ' : check.pass ? 'pass' : 'FAIL'}  ${check.name.padEnd(19)} ${check.target.padEnd(38)} ${check.value ?? 'not measured'}`,
    )
    .join('\n');
}
