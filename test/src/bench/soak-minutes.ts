// The soak's per-interval figures and its verdict, as pure functions of what was recorded.
import { cpuPercent, machinePercent } from './proc-stats.js';
import type { Sample } from './soak-sample.js';
import { ratePerSecond, summarize } from './stats.js';

/** One webhook of the soak. */
export interface SoakSend {
  waId: string;
  /** Epoch ms it was sent; 0 until then. */
  sentAt: number;
  ackMs?: number;
  status?: number;
}

export type Phase = 'load' | 'drain';

export interface MinuteRow {
  index: number;
  phase: Phase;
  /** Seconds since the load began. */
  fromS: number;
  toS: number;
  /** Webhooks sent in the interval, and per second. */
  offered: number;
  offeredPerSecond: number;
  acknowledged: number;
  ackP99Ms: number;
  /** Customers whose first reply arrived in the interval, and per second. */
  answered: number;
  answeredPerSecond: number;
  /** Of the replies that arrived in the interval: webhook sent → reply accepted by the sandbox. */
  e2eP50Ms: number;
  e2eP95Ms: number;
  /** Running conversation workflows at the interval's end (Temporal's count). */
  open: number | undefined;
  engineRssMb: number;
  engineRssMaxMb: number;
  /** The engine's RSS at the interval's end by kind: heaps, file mappings, shared memory. */
  engineRssAnonMb: number;
  engineRssFileMb: number;
  engineRssShmemMb: number;
  temporalRssMb: number;
  temporalRssMaxMb: number;
  /** CPU over the interval, % of one core. */
  engineCpuPercent: number;
  temporalCpuPercent: number;
  sandboxCpuPercent: number;
  benchCpuPercent: number;
  /** The whole machine over the interval, % of all cores: busy, waiting for I/O, stolen by the hypervisor. */
  machineBusyPercent: number;
  machineIowaitPercent: number;
  machineStealPercent: number;
  /** CPU of everything else on the machine (other users' builds, say), % of one core. */
  otherCpuPercent: number;
  cacheSize: number;
  evictions: number;
  cacheMisses: number;
  replays: number;
  workflowTasks: number;
  workflowTaskMeanMs: number;
  localActivityMeanMs: number;
  /** Temporal server: persistence (SQLite) operations per second and their mean latency. */
  persistencePerSecond: number;
  persistenceMeanMs: number;
  engineWalMb: number;
  temporalWalMb: number;
  /** answeredPerSecond / the baseline's rate; undefined without a baseline. */
  ratio: number | undefined;
}

export interface RowInput {
  index: number;
  phase: Phase;
  /** Epoch ms the load began. */
  loadStartedAt: number;
  /** Samples at the interval's start and end (their `at` bound the interval). */
  start: Sample;
  end: Sample;
  /** Peak RSS (bytes) seen by the once-a-second samples within the interval. */
  peakRss: { engine?: number; temporal?: number };
  sends: readonly SoakSend[];
  /** Epoch ms of each customer's first reply. */
  firstReplyAt: ReadonlyMap<string, number>;
  baselinePerSecond: number | undefined;
  ticksPerSecond: number;
  /** The machine's cores, to tell the soak's processes from everything else. */
  cores: number;
}

const mb = (bytes: number | undefined) => (bytes === undefined ? Number.NaN : bytes / (1024 * 1024));
const delta = (from: number | undefined, to: number | undefined) =>
  from === undefined || to === undefined ? Number.NaN : to - from;
const mean = (sum: number, count: number) => (count > 0 ? sum / count : Number.NaN);

/** The figures of one interval [start.at, end.at). */
export function minuteRow(input: RowInput): MinuteRow {
  const { start, end, sends, firstReplyAt } = input;
  const from = start.at;
  const to = end.at;
  const spanMs = to - from;
  const inWindow = (at: number | undefined) => at !== undefined && at >= from && at < to;

  let offered = 0;
  const ackMs: number[] = [];
  const e2eMs: number[] = [];
  for (const send of sends) {
    if (send.sentAt <= 0) continue;
    if (inWindow(send.sentAt)) {
      offered += 1;
      if (send.status === 200 && send.ackMs !== undefined) ackMs.push(send.ackMs);
    }
    const replyAt = firstReplyAt.get(send.waId);
    if (inWindow(replyAt) && replyAt !== undefined) e2eMs.push(replyAt - send.sentAt);
  }
  const ack = summarize(ackMs);
  const e2e = summarize(e2eMs);
  const answeredPerSecond = ratePerSecond(e2eMs.length, spanMs);
  const cpu = (key: 'engine' | 'temporal' | 'sandbox') =>
    cpuPercent(start[key], end[key], spanMs, input.ticksPerSecond);
  const sdk = (key: keyof NonNullable<Sample['sdk']>) => delta(start.sdk?.[key], end.sdk?.[key]);
  const persistenceRequests = delta(start.server?.persistenceRequests, end.server?.persistenceRequests);
  const baseline = input.baselinePerSecond;
  const benchCpuPercent =
    spanMs > 0 ? ((end.benchCpuMicros - start.benchCpuMicros) / 1000 / spanMs) * 100 : Number.NaN;
  return {
    index: input.index,
    phase: input.phase,
    fromS: (from - input.loadStartedAt) / 1000,
    toS: (to - input.loadStartedAt) / 1000,
    offered,
    offeredPerSecond: ratePerSecond(offered, spanMs),
    acknowledged: ackMs.length,
    ackP99Ms: ack.p99,
    answered: e2eMs.length,
    answeredPerSecond,
    e2eP50Ms: e2e.p50,
    e2eP95Ms: e2e.p95,
    open: end.open,
    engineRssMb: mb(end.engine?.rssBytes),
    engineRssMaxMb: mb(maxDefined(input.peakRss.engine, end.engine?.rssBytes)),
    engineRssAnonMb: mb(end.engine?.rssAnonBytes),
    engineRssFileMb: mb(end.engine?.rssFileBytes),
    engineRssShmemMb: mb(end.engine?.rssShmemBytes),
    temporalRssMb: mb(end.temporal?.rssBytes),
    temporalRssMaxMb: mb(maxDefined(input.peakRss.temporal, end.temporal?.rssBytes)),
    engineCpuPercent: cpu('engine'),
    temporalCpuPercent: cpu('temporal'),
    sandboxCpuPercent: cpu('sandbox'),
    benchCpuPercent,
    machineBusyPercent: machinePercent(start.machine, end.machine, 'busy'),
    machineIowaitPercent: machinePercent(start.machine, end.machine, 'iowait'),
    machineStealPercent: machinePercent(start.machine, end.machine, 'steal'),
    otherCpuPercent:
      machinePercent(start.machine, end.machine, 'busy') * input.cores -
      (cpu('engine') + cpu('temporal') + cpu('sandbox') + benchCpuPercent),
    cacheSize: end.sdk?.cacheSize ?? Number.NaN,
    evictions: sdk('evictions'),
    cacheMisses: sdk('cacheMisses'),
    replays: sdk('replays'),
    workflowTasks: sdk('workflowTasks'),
    workflowTaskMeanMs: mean(sdk('workflowTaskMs'), sdk('workflowTasks')),
    localActivityMeanMs: mean(sdk('localActivityMs'), sdk('localActivities')),
    persistencePerSecond: ratePerSecond(persistenceRequests, spanMs),
    persistenceMeanMs:
      mean(delta(start.server?.persistenceSeconds, end.server?.persistenceSeconds), persistenceRequests) *
      1000,
    engineWalMb: mb(end.engineWalBytes),
    temporalWalMb: mb(end.temporalWalBytes),
    ratio:
      baseline && baseline > 0 && Number.isFinite(answeredPerSecond)
        ? answeredPerSecond / baseline
        : undefined,
  };
}

/** The rows' ratios against a baseline measured later (a run given --rate measures it at the end). */
export function withBaseline(rows: readonly MinuteRow[], baselinePerSecond: number | undefined): MinuteRow[] {
  return rows.map((row) => ({
    ...row,
    ratio:
      baselinePerSecond && baselinePerSecond > 0 && Number.isFinite(row.answeredPerSecond)
        ? row.answeredPerSecond / baselinePerSecond
        : undefined,
  }));
}

/**
 * The interval boundaries of a load of `durationMs` cut every `intervalMs`, as offsets from its
 * start: the last piece is shorter when the duration is not a multiple of the interval.
 */
export function loadBoundaries(durationMs: number, intervalMs: number): number[] {
  const boundaries: number[] = [];
  for (let at = intervalMs; at < durationMs; at += intervalMs) boundaries.push(at);
  if (durationMs > 0) boundaries.push(durationMs);
  return boundaries;
}

/** Customers answered more than once, and acknowledged customers never answered. */
export function answerCounts(
  sends: readonly SoakSend[],
  replyCount: ReadonlyMap<string, number>,
): { acknowledged: number; answered: number; duplicates: number; missing: number } {
  let acknowledged = 0;
  let answered = 0;
  let duplicates = 0;
  let missing = 0;
  for (const send of sends) {
    const count = replyCount.get(send.waId) ?? 0;
    if (send.status === 200) acknowledged += 1;
    if (count > 0) answered += 1;
    if (count > 1) duplicates += 1;
    if (count === 0 && send.status === 200) missing += 1;
  }
  return { acknowledged, answered, duplicates, missing };
}

export const soakTargets = {
  /** Every load interval answers at least this share of the baseline's rate. */
  minuteRatio: 0.9,
  /** Webhook acknowledged within this, at p99 over the whole load (the 4× saturation target). */
  ackP99Ms: 50,
  engineRssLoadMb: 1024,
  engineRssRestMb: 500,
} as const;

export interface Check {
  name: 'minuteRatio' | 'ackP99' | 'answeredOnce' | 'engineRssUnderLoad' | 'engineRssAtRest';
  target: string;
  /** What was measured; null when it was not (no load, no baseline, no pid). */
  value: number | string | null;
  pass: boolean | null;
}

export interface Verdict {
  rows: readonly MinuteRow[];
  intervalS: number;
  /** Over every webhook of the load. */
  ackP99Ms: number;
  duplicates: number;
  missing: number;
  /** Peak engine RSS under load (MB) and at rest, after the rest period. */
  engineRssLoadMaxMb: number | undefined;
  engineRssRestMb: number | undefined;
}

/**
 * The soak against its targets. Load intervals shorter than half an interval (the tail of a
 * duration that is no multiple of it) are too short to judge and are left out of the ratio check.
 */
export function checkTargets(verdict: Verdict): Check[] {
  const judged = verdict.rows.filter(
    (row) => row.phase === 'load' && row.toS - row.fromS >= verdict.intervalS / 2,
  );
  const ratios = judged.map((row) => row.ratio);
  const worst =
    ratios.every((ratio) => ratio !== undefined) && ratios.length > 0
      ? Math.min(...(ratios as number[]))
      : undefined;
  const known = (value: number | undefined) =>
    value !== undefined && Number.isFinite(value) ? value : undefined;
  const ack = known(verdict.ackP99Ms);
  const loadRss = known(verdict.engineRssLoadMaxMb);
  const restRss = known(verdict.engineRssRestMb);
  return [
    {
      name: 'minuteRatio',
      target: `every load interval >= ${soakTargets.minuteRatio} x baseline`,
      value: worst === undefined ? null : round(worst, 3),
      pass: worst === undefined ? null : worst >= soakTargets.minuteRatio,
    },
    {
      name: 'ackP99',
      target: `ack p99 < ${soakTargets.ackP99Ms} ms`,
      value: ack === undefined ? null : round(ack, 1),
      pass: ack === undefined ? null : ack < soakTargets.ackP99Ms,
    },
    {
      name: 'answeredOnce',
      target: 'no duplicates, none missing',
      value: `${verdict.duplicates} duplicates, ${verdict.missing} missing`,
      pass: verdict.duplicates === 0 && verdict.missing === 0,
    },
    {
      name: 'engineRssUnderLoad',
      target: `< ${soakTargets.engineRssLoadMb} MB`,
      value: loadRss === undefined ? null : round(loadRss, 1),
      pass: loadRss === undefined ? null : loadRss < soakTargets.engineRssLoadMb,
    },
    {
      name: 'engineRssAtRest',
      target: `< ${soakTargets.engineRssRestMb} MB`,
      value: restRss === undefined ? null : round(restRss, 1),
      pass: restRss === undefined ? null : restRss < soakTargets.engineRssRestMb,
    },
  ];
}

/** A number rounded for the JSON summary; null for NaN and infinities (JSON has neither). */
export function round(value: number | undefined, digits = 1): number | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A row as it goes into the JSON summary. */
export function rowJson(row: MinuteRow): Record<string, number | string | null> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : round(value as number | undefined, key === 'ratio' ? 3 : 1),
    ]),
  );
}

function maxDefined(...values: (number | undefined)[]): number | undefined {
  const defined = values.filter((value): value is number => value !== undefined && Number.isFinite(value));
  return defined.length ? Math.max(...defined) : undefined;
}
