import { describe, expect, it } from 'vitest';
import {
  answerCounts,
  checkTargets,
  loadBoundaries,
  minuteRow,
  rowJson,
  withBaseline,
  type MinuteRow,
  type RowInput,
  type SoakSend,
} from './soak-minutes.js';
import type { Sample } from './soak-sample.js';

const MB = 1024 * 1024;
const t0 = 1_700_000_000_000;

function sample(
  at: number,
  values: { cpu?: number; rssMb?: number; evictions?: number; open?: number; busy?: number } = {},
): Sample {
  const seconds = (at - t0) / 1000;
  const proc = {
    rssBytes: (values.rssMb ?? 300) * MB,
    rssAnonBytes: (values.rssMb ?? 300) * MB,
    rssFileBytes: 0,
    rssShmemBytes: 0,
    cpuTicks: values.cpu ?? 0,
  };
  return {
    at,
    engine: proc,
    temporal: { ...proc, cpuTicks: (values.cpu ?? 0) * 2 },
    sandbox: { ...proc, cpuTicks: 0 },
    // Two cores: 200 ticks a second, `busy` of them in use.
    machine: { busy: values.busy ?? 0, iowait: 0, steal: 0, idle: 0, total: seconds * 200 },
    benchCpuMicros: 0,
    sdk: {
      cacheSize: 1000,
      evictions: values.evictions ?? 0,
      cacheHits: 0,
      cacheMisses: 0,
      replays: 0,
      workflowTasks: (values.evictions ?? 0) * 2,
      workflowTaskMs: (values.evictions ?? 0) * 20,
      localActivities: 0,
      localActivityMs: 0,
    },
    server: { persistenceRequests: (values.cpu ?? 0) * 10, persistenceSeconds: (values.cpu ?? 0) * 0.02 },
    open: values.open,
    engineWalBytes: 8 * MB,
  };
}

/** 60 customers sent one a second from t0; customer i answered `latency(i)` ms later. */
function minuteOfSends(latency: (index: number) => number | undefined) {
  const sends: SoakSend[] = [];
  const firstReplyAt = new Map<string, number>();
  for (let index = 0; index < 60; index++) {
    const waId = `c${index}`;
    sends.push({ waId, sentAt: t0 + index * 1000, ackMs: index + 1, status: 200 });
    const ms = latency(index);
    if (ms !== undefined) firstReplyAt.set(waId, t0 + index * 1000 + ms);
  }
  return { sends, firstReplyAt };
}

const input = (overrides: Partial<RowInput>): RowInput => ({
  index: 0,
  phase: 'load',
  loadStartedAt: t0,
  start: sample(t0),
  end: sample(t0 + 60_000),
  peakRss: {},
  sends: [],
  firstReplyAt: new Map(),
  baselinePerSecond: undefined,
  ticksPerSecond: 100,
  cores: 2,
  ...overrides,
});

describe('minuteRow', () => {
  it('counts what was sent and answered within the interval, with its latencies', () => {
    // Answered 100 ms later, except the last ten, whose replies arrive after the minute.
    const { sends, firstReplyAt } = minuteOfSends((index) => (index < 50 ? 100 : 30_000));
    const row = minuteRow(input({ sends, firstReplyAt, baselinePerSecond: 1 }));
    expect(row.offered).toBe(60);
    expect(row.offeredPerSecond).toBe(1);
    expect(row.acknowledged).toBe(60);
    expect(row.ackP99Ms).toBe(60);
    // Customers 50..59 are answered at t0 + 80..89 s, outside [t0, t0 + 60 s).
    expect(row.answered).toBe(50);
    expect(row.answeredPerSecond).toBeCloseTo(50 / 60);
    expect(row.e2eP50Ms).toBe(100);
    expect(row.e2eP95Ms).toBe(100);
    expect(row.ratio).toBeCloseTo(50 / 60);
    expect(row.fromS).toBe(0);
    expect(row.toS).toBe(60);
  });

  it('counts a reply in the interval it arrives in, whenever the webhook was sent', () => {
    const { sends, firstReplyAt } = minuteOfSends(() => 30_000);
    const second = minuteRow(
      input({ index: 1, start: sample(t0 + 60_000), end: sample(t0 + 120_000), sends, firstReplyAt }),
    );
    expect(second.offered).toBe(0);
    expect(second.ackP99Ms).toBeNaN();
    // Sent at t0 + 30..59 s, answered at t0 + 60..89 s.
    expect(second.answered).toBe(30);
    expect(second.e2eP95Ms).toBe(30_000);
    expect(second.ratio).toBeUndefined();
    expect(second.fromS).toBe(60);
  });

  it('leaves out webhooks not sent yet and those the engine refused', () => {
    const sends: SoakSend[] = [
      { waId: 'a', sentAt: 0 },
      { waId: 'b', sentAt: t0 + 10, status: 503, ackMs: 5 },
      { waId: 'c', sentAt: t0 + 20, status: 200, ackMs: 7 },
    ];
    const row = minuteRow(input({ sends }));
    expect(row.offered).toBe(2);
    expect(row.acknowledged).toBe(1);
    expect(row.ackP99Ms).toBe(7);
    expect(row.answered).toBe(0);
  });

  it('takes process figures as deltas over the interval and the peak RSS seen within it', () => {
    const row = minuteRow(
      input({
        start: sample(t0, { cpu: 1000, evictions: 100, busy: 0 }),
        end: sample(t0 + 60_000, { cpu: 4000, evictions: 700, rssMb: 400, open: 5000, busy: 11_520 }),
        peakRss: { engine: 512 * MB },
      }),
    );
    // 3000 ticks at 100/s over 60 s = 0.5 of a core.
    expect(row.engineCpuPercent).toBeCloseTo(50);
    expect(row.temporalCpuPercent).toBeCloseTo(100);
    // 96 % of both cores busy = 192 % of one core; the soak's processes used 150 % of it.
    expect(row.machineBusyPercent).toBeCloseTo(96);
    expect(row.otherCpuPercent).toBeCloseTo(42);
    expect(row.evictions).toBe(600);
    expect(row.workflowTasks).toBe(1200);
    expect(row.workflowTaskMeanMs).toBeCloseTo(10);
    expect(row.persistencePerSecond).toBeCloseTo(500);
    expect(row.persistenceMeanMs).toBeCloseTo(2);
    expect(row.engineRssMb).toBe(400);
    expect(row.engineRssMaxMb).toBe(512);
    expect(row.temporalRssMaxMb).toBe(400);
    expect(row.cacheSize).toBe(1000);
    expect(row.open).toBe(5000);
    expect(row.engineWalMb).toBe(8);
  });

  it('is unknown, not zero, where a source is missing', () => {
    const bare: Sample = { at: t0, benchCpuMicros: 0 };
    const row = minuteRow(input({ start: bare, end: { at: t0 + 60_000, benchCpuMicros: 0 } }));
    expect(row.engineRssMb).toBeNaN();
    expect(row.engineCpuPercent).toBeNaN();
    expect(row.evictions).toBeNaN();
    expect(row.open).toBeUndefined();
    expect(rowJson(row)).toMatchObject({ engineRssMb: null, evictions: null, ratio: null, phase: 'load' });
  });
});

describe('loadBoundaries', () => {
  it('cuts the load every interval, with a shorter last piece', () => {
    expect(loadBoundaries(600_000, 60_000)).toHaveLength(10);
    expect(loadBoundaries(120_000, 60_000)).toEqual([60_000, 120_000]);
    expect(loadBoundaries(150_000, 60_000)).toEqual([60_000, 120_000, 150_000]);
    expect(loadBoundaries(30_000, 60_000)).toEqual([30_000]);
    expect(loadBoundaries(0, 60_000)).toEqual([]);
  });
});

describe('answerCounts', () => {
  it('finds customers answered twice and acknowledged customers never answered', () => {
    const sends: SoakSend[] = [
      { waId: 'once', sentAt: 1, status: 200 },
      { waId: 'twice', sentAt: 1, status: 200 },
      { waId: 'never', sentAt: 1, status: 200 },
      { waId: 'refused', sentAt: 1, status: 500 },
    ];
    const counts = new Map([
      ['once', 1],
      ['twice', 2],
    ]);
    expect(answerCounts(sends, counts)).toEqual({ acknowledged: 3, answered: 2, duplicates: 1, missing: 1 });
  });
});

describe('checkTargets', () => {
  const row = (overrides: Partial<MinuteRow>): MinuteRow => ({
    ...minuteRow(input({})),
    ...overrides,
  });
  const base = {
    intervalS: 60,
    ackP99Ms: 20,
    duplicates: 0,
    missing: 0,
    engineRssLoadMaxMb: 800,
    engineRssRestMb: 400,
  };

  it('passes when every full load interval keeps 0.9 of the baseline and memory stays under the limits', () => {
    const rows = [
      row({ fromS: 0, toS: 60, ratio: 0.95 }),
      row({ fromS: 60, toS: 120, ratio: 0.92 }),
      // The short tail of the load and the drain are not judged.
      row({ fromS: 120, toS: 125, ratio: 0.2 }),
      row({ phase: 'drain', fromS: 125, toS: 185, ratio: 0.1 }),
    ];
    const checks = checkTargets({ ...base, rows });
    expect(checks.every((check) => check.pass === true)).toBe(true);
    expect(checks.find((check) => check.name === 'minuteRatio')?.value).toBe(0.92);
  });

  it('fails on one slow minute, a slow ack, a duplicate, or too much memory', () => {
    const rows = [row({ fromS: 0, toS: 60, ratio: 0.95 }), row({ fromS: 60, toS: 120, ratio: 0.85 })];
    const checks = checkTargets({
      ...base,
      rows,
      ackP99Ms: 50,
      duplicates: 1,
      engineRssLoadMaxMb: 1024,
      engineRssRestMb: 500,
    });
    expect(Object.fromEntries(checks.map((check) => [check.name, check.pass]))).toEqual({
      minuteRatio: false,
      ackP99: false,
      answeredOnce: false,
      engineRssUnderLoad: false,
      engineRssAtRest: false,
    });
  });

  it('says "not measured" without a baseline, a load or a pid', () => {
    const checks = checkTargets({
      ...base,
      rows: withBaseline([row({ fromS: 0, toS: 60, answeredPerSecond: 40 })], undefined),
      ackP99Ms: Number.NaN,
      engineRssLoadMaxMb: undefined,
      engineRssRestMb: Number.NaN,
    });
    expect(checks.filter((check) => check.pass === null).map((check) => check.name)).toEqual([
      'minuteRatio',
      'ackP99',
      'engineRssUnderLoad',
      'engineRssAtRest',
    ]);
    expect(checkTargets({ ...base, rows: [] })[0]?.pass).toBeNull();
  });

  it('judges ratios against a baseline measured after the load', () => {
    const rows = withBaseline([row({ fromS: 0, toS: 60, answeredPerSecond: 45 })], 50);
    expect(rows[0]?.ratio).toBeCloseTo(0.9);
    expect(checkTargets({ ...base, rows })[0]?.pass).toBe(true);
  });
});
