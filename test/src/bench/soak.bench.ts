// The soak benchmark: whether Parley keeps answering at the bare Temporal baseline's rate while
// open conversations pile up, and what its memory does meanwhile. See soak-options.ts for the flags
// and docs/benchmarks.md ("Soak") for how to read the output.
import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { freePort } from '../../../scripts/stack.mjs';
import { startStack, type Stack } from '../support/stack.js';
import { runBaseline } from './baseline.js';
import { baselineFigures, type BaselineFigures } from './figures.js';
import { stackIntakeTarget, type IntakeTarget } from './intake-load.js';
import { sleep } from './open-loop.js';
import { clockTicksPerSecond } from './proc-stats.js';
import { formatBaseline } from './report.js';
import { ReplyWatcher, soakCustomer, startSending, type Sending } from './soak-load.js';
import {
  answerCounts,
  checkTargets,
  loadBoundaries,
  minuteRow,
  round,
  rowJson,
  withBaseline,
  type MinuteRow,
  type Phase,
  type SoakSend,
} from './soak-minutes.js';
import { runBenchmark } from './cli.js';
import { parseSoakOptions, soakUsage, type SoakOptions } from './soak-options.js';
import { formatChecks, formatProfile, formatRow, formatWindow, rowHeader } from './soak-report.js';
import {
  openConversationCounter,
  sampleAll,
  sampleProcesses,
  type Sample,
  type SampleSources,
} from './soak-sample.js';
import { summarize } from './stats.js';

let stack: Stack | undefined;
let temporalConnection: Connection | undefined;
const log = (text: string) => process.stdout.write(`${text}\n`);
const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / (1024 * 1024));
const fixed = (value: number | undefined, digits = 0) =>
  value !== undefined && Number.isFinite(value) ? value.toFixed(digits) : 'n/a';

/** Parts of the run, the digit in each customer's wa_id. */
const part = { warmup: 0, open: 1, load: 2 } as const;

async function main(options: SoakOptions): Promise<number> {
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  const { target, temporalAddress, sources } = await prepareTarget(options);
  temporalConnection = await Connection.connect({ address: temporalAddress });
  sources.countOpen = openConversationCounter(new Client({ connection: temporalConnection, namespace }));
  const ticksPerSecond = clockTicksPerSecond();
  const cores = availableParallelism();
  const tag = String(randomInt(0, 100_000)).padStart(5, '0');
  const watcher = new ReplyWatcher(target.sandboxUrl, Date.now() - 2_000);
  watcher.start();

  if (options.warmup > 0) {
    const warm = startSending(target, watcher, {
      rate: Math.min(options.rate ?? 20, 20),
      count: options.warmup,
      concurrency: options.concurrency,
      customer: (index) => soakCustomer(tag, part.warmup, index),
    });
    await warm.done;
    await waitForAnswers(watcher, warm.sends, Date.now() + 60_000);
    log(`Warm-up: ${answered(watcher, warm.sends)} of ${options.warmup} customers answered`);
  }

  let probe: BaselineFigures | undefined;
  if (options.rate === undefined) {
    const count = Math.round(options.probeRate * options.probeSeconds);
    log('');
    log(
      `Measuring the baseline's sustained rate: ${count} bare workflows offered at ${options.probeRate}/s...`,
    );
    const measured = await during(sources, ticksPerSecond, () =>
      baseline(options, temporalAddress, namespace, options.probeRate, count),
    );
    probe = measured.result;
    log(formatBaseline(probe));
    log(measured.meanwhile);
  }
  const rate = options.rate ?? Math.floor((probe?.completedPerSecond ?? Number.NaN) * 10) / 10;
  if (!(rate > 0)) throw new Error('the baseline completed nothing: no rate to offer (give --rate)');
  const loadRate = rate * options.saturation;

  let preOpen:
    | { count: number; answered: number; seconds: number; engineRssMb?: number; peakEngineRssMb?: number }
    | undefined;
  if (options.open > 0) {
    log('');
    log(`Opening ${options.open} conversations at ${options.openRate}/s offered...`);
    const began = Date.now();
    const opening = startSending(target, watcher, {
      rate: options.openRate,
      count: options.open,
      concurrency: options.concurrency,
      customer: (index) => soakCustomer(tag, part.open, index),
    });
    const peakEngineRss = await progress(
      opening,
      watcher,
      sources,
      options,
      Date.now() + (options.replyTimeout + options.open / 10) * 1000,
    );
    const after = await sampleProcesses(sources);
    preOpen = {
      count: options.open,
      answered: answered(watcher, opening.sends),
      seconds: (Date.now() - began) / 1000,
      engineRssMb: mb(after.engine?.rssBytes),
      peakEngineRssMb: mb(peakEngineRss),
    };
    log(
      `Opened: ${preOpen.answered} of ${options.open} answered in ${preOpen.seconds.toFixed(0)} s; ` +
        `engine RSS ${fixed(preOpen.engineRssMb)} MB (peak ${fixed(preOpen.peakEngineRssMb)} MB)`,
    );
  }

  const durationMs = options.duration * 1000;
  const intervalMs = options.interval * 1000;
  const loadCount = Math.round(loadRate * options.duration);
  const rows: MinuteRow[] = [];
  let load: Sending | undefined;
  if (loadCount > 0) {
    log('');
    log(
      `Soak: ${loadCount} new customers at ${loadRate.toFixed(1)}/s offered (${options.saturation} x ${rate}/s) for ${options.duration} s, ` +
        `a line every ${options.interval} s${probe ? '' : ' (ratios once the baseline has run, at the end)'}`,
    );
    let start = await sampleAll(sources);
    const loadStartedAt = start.at;
    log(
      `Before the load: engine RSS ${fixed(mb(start.engine?.rssBytes))} MB, Temporal RSS ${fixed(mb(start.temporal?.rssBytes))} MB, ` +
        `open ${start.open ?? 'n/a'}, worker cache ${fixed(start.sdk?.cacheSize)}`,
    );
    log(rowHeader());
    const sending = startSending(target, watcher, {
      rate: loadRate,
      count: loadCount,
      concurrency: options.concurrency,
      customer: (index) => soakCustomer(tag, part.load, index),
    });
    load = sending;
    const interval = async (endAt: number, phase: Phase, done: () => boolean = () => false) => {
      const peak: { engine?: number; temporal?: number } = {};
      while (Date.now() < endAt - 50 && !done()) {
        await sleep(Math.min(1_000, endAt - Date.now()));
        const now = await sampleProcesses(sources);
        peak.engine = Math.max(peak.engine ?? 0, now.engine?.rssBytes ?? 0);
        peak.temporal = Math.max(peak.temporal ?? 0, now.temporal?.rssBytes ?? 0);
      }
      const end = await sampleAll(sources);
      const row = minuteRow({
        index: rows.length,
        phase,
        loadStartedAt,
        start,
        end,
        peakRss: peak,
        sends: sending.sends,
        firstReplyAt: watcher.firstReplyAt,
        baselinePerSecond: probe?.completedPerSecond,
        ticksPerSecond,
        cores,
      });
      rows.push(row);
      log(formatRow(row));
      log(formatProfile(row));
      start = end;
    };
    for (const boundary of loadBoundaries(durationMs, intervalMs))
      await interval(loadStartedAt + boundary, 'load');
    await sending.done;
    const drainDeadline = Date.now() + options.replyTimeout * 1000;
    const allAnswered = () => unansweredCount(watcher, sending.sends) === 0;
    while (!allAnswered() && Date.now() < drainDeadline) {
      await interval(Math.min(Date.now() + intervalMs, drainDeadline), 'drain', allAnswered);
    }
  }

  if (options.rest > 0) {
    log('');
    log(`Resting ${options.rest} s...`);
    await sleep(options.rest * 1000);
  }
  await watcher.stop();
  const rest = await sampleAll(sources);
  log(
    `At rest: engine RSS ${fixed(mb(rest.engine?.rssBytes))} MB (anon ${fixed(mb(rest.engine?.rssAnonBytes))}, ` +
      `file ${fixed(mb(rest.engine?.rssFileBytes))}, shmem ${fixed(mb(rest.engine?.rssShmemBytes))}), Temporal RSS ${fixed(mb(rest.temporal?.rssBytes))} MB, ` +
      `open conversation workflows ${rest.open ?? 'n/a'}, worker cache ${fixed(rest.sdk?.cacheSize)}, ` +
      `WAL engine ${fixed(mb(rest.engineWalBytes), 1)} MB, Temporal ${fixed(mb(rest.temporalWalBytes), 1)} MB`,
  );

  let closing: BaselineFigures | undefined;
  if (!options.skipBaseline) {
    const count = Math.max(20, Math.round(loadRate * options.baselineSeconds));
    log('');
    log(`Baseline in the same run, after the load: ${count} bare workflows at ${loadRate.toFixed(1)}/s...`);
    const measured = await during(sources, ticksPerSecond, () =>
      baseline(options, temporalAddress, namespace, loadRate, count),
    );
    closing = measured.result;
    log(formatBaseline(closing));
    log(measured.meanwhile);
  }
  const baselineRate = probe?.completedPerSecond ?? closing?.completedPerSecond;
  const judgedRows = probe ? rows : withBaseline(rows, baselineRate);
  if (!probe && judgedRows.length) {
    log(`answered/baseline per interval: ${judgedRows.map((row) => fixed(row.ratio, 2)).join(' ')}`);
  }

  const sends: readonly SoakSend[] = load?.sends ?? [];
  const counts = answerCounts(sends, watcher.replyCount);
  const ack = summarize(sends.filter((send) => send.status === 200).map((send) => send.ackMs ?? Number.NaN));
  const e2e = summarize(
    sends.flatMap((send) => {
      const at = watcher.firstReplyAt.get(send.waId);
      return at === undefined ? [] : [at - send.sentAt];
    }),
  );
  const peakOf = (key: 'engineRssMaxMb' | 'temporalRssMaxMb') =>
    rows.length ? Math.max(...rows.map((row) => (Number.isFinite(row[key]) ? row[key] : 0))) : undefined;
  const checks = checkTargets({
    rows: judgedRows,
    intervalS: options.interval,
    ackP99Ms: ack.p99,
    duplicates: counts.duplicates,
    missing: counts.missing,
    engineRssLoadMaxMb: peakOf('engineRssMaxMb'),
    engineRssRestMb: mb(rest.engine?.rssBytes),
  });
  log('');
  if (loadCount > 0) {
    log(
      `Load: ${counts.acknowledged} of ${sends.length} acknowledged, ack p50 ${fixed(ack.p50, 1)} / p99 ${fixed(ack.p99, 1)} ms; ` +
        `${counts.answered} answered, duplicates ${counts.duplicates}, missing ${counts.missing}; e2e p50 ${fixed(e2e.p50)} / p95 ${fixed(e2e.p95)} ms`,
    );
  }
  log('Targets:');
  log(formatChecks(checks));

  const baselineJson = (figures: BaselineFigures | undefined) =>
    figures && {
      offeredRate: round(figures.offeredRate),
      count: figures.count,
      completed: figures.completed,
      completedPerSecond: round(figures.completedPerSecond),
      p95Ms: round(figures.latencyMs.p95),
    };
  const summary = {
    bench: 'soak',
    rate,
    saturation: options.saturation,
    offeredRate: round(loadRate),
    durationS: options.duration,
    intervalS: options.interval,
    restS: options.rest,
    preOpen: preOpen && {
      ...preOpen,
      seconds: round(preOpen.seconds),
      engineRssMb: round(preOpen.engineRssMb),
      peakEngineRssMb: round(preOpen.peakEngineRssMb),
    },
    baseline: {
      activity: options.baseline,
      probe: baselineJson(probe),
      closing: baselineJson(closing),
      // Below 1 when the bare round trip itself got slower over the run (the server, not Parley).
      closingVsProbe:
        probe && closing ? round(closing.completedPerSecond / probe.completedPerSecond, 3) : null,
    },
    load: {
      sent: sends.filter((send) => send.sentAt > 0).length,
      ...counts,
      ackP50Ms: round(ack.p50),
      ackP99Ms: round(ack.p99),
      e2eP50Ms: round(e2e.p50),
      e2eP95Ms: round(e2e.p95),
      peakEngineRssMb: round(peakOf('engineRssMaxMb')),
      peakTemporalRssMb: round(peakOf('temporalRssMaxMb')),
    },
    rows: judgedRows.map(rowJson),
    rest: restJson(rest),
    checks,
    pass: checks.every((check) => check.pass !== false),
  };
  log(JSON.stringify(summary));
  // Replying twice to one message is a correctness failure, whatever the speed.
  return counts.duplicates > 0 ? 1 : 0;
}

async function prepareTarget(
  options: SoakOptions,
): Promise<{ target: IntakeTarget; temporalAddress: string; sources: SampleSources }> {
  if (options.engine && options.sandbox && options.appSecret && options.temporal) {
    log(`Target: engine ${options.engine}, sandbox ${options.sandbox}, Temporal ${options.temporal}`);
    return {
      target: {
        engineUrl: options.engine,
        sandboxUrl: options.sandbox,
        appSecret: options.appSecret,
        phoneNumberId: options.phoneNumberId,
      },
      temporalAddress: options.temporal,
      sources: {
        enginePid: options.enginePid,
        temporalPid: options.temporalPid,
        sdkMetricsUrl: options.engineMetrics,
        serverMetricsUrl: options.temporalMetrics,
        engineWal: options.dataDir && join(options.dataDir, 'parley.db-wal'),
        temporalWal: options.temporalDb && `${options.temporalDb}-wal`,
      },
    };
  }
  log('Starting an own stack (Temporal dev server, WhatsApp sandbox, engine) on free ports...');
  const engineEnv = { TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${await freePort()}`, ...options.engineEnv };
  // A number on Meta's highest throughput tier, so the sandbox's limit does not cap the measurement.
  stack = await startStack({
    output: options.stackOutput,
    engineLogLevel: 'warn',
    keepData: options.keepData,
    sandboxThroughputPerSecond: 1_000,
    engineEnv,
  });
  const temporal = stack.temporal;
  log(
    `Own stack: engine ${stack.engine.url} (pid ${stack.engine.pid}, SDK metrics ${engineEnv.TEMPORAL_METRICS_ADDRESS}), ` +
      `Temporal ${temporal.address} (pid ${temporal.pid}), data ${stack.dataDir}` +
      (Object.keys(options.engineEnv).length ? `, engine env ${JSON.stringify(options.engineEnv)}` : ''),
  );
  return {
    target: stackIntakeTarget(stack),
    temporalAddress: temporal.address,
    sources: {
      enginePid: stack.engine.pid,
      temporalPid: temporal.pid,
      sandboxPid: stack.sandbox.pid,
      sdkMetricsUrl: `http://${engineEnv.TEMPORAL_METRICS_ADDRESS}/metrics`,
      serverMetricsUrl: `http://127.0.0.1:${temporal.metricsPort}/metrics`,
      engineWal: stack.databaseUrl ? undefined : join(stack.engineDataDir, 'parley.db-wal'),
      temporalWal: `${temporal.dbFile}-wal`,
    },
  };
}

async function baseline(
  options: SoakOptions,
  address: string,
  namespace: string,
  rate: number,
  count: number,
): Promise<BaselineFigures> {
  const run = await runBaseline({
    address,
    namespace,
    activity: options.baseline,
    rate,
    count,
    concurrency: options.concurrency,
    warmup: 5,
    resultTimeoutMs: 60_000,
  });
  return baselineFigures(run, rate, count, options.baseline);
}

function answered(watcher: ReplyWatcher, sends: readonly SoakSend[]): number {
  return sends.filter((send) => watcher.firstReplyAt.has(send.waId)).length;
}

function unansweredCount(watcher: ReplyWatcher, sends: readonly SoakSend[]): number {
  return watcher.unanswered(sends.filter((send) => send.status === 200).map((send) => send.waId));
}

async function waitForAnswers(
  watcher: ReplyWatcher,
  sends: readonly SoakSend[],
  deadline: number,
): Promise<boolean> {
  while (unansweredCount(watcher, sends) > 0) {
    if (Date.now() > deadline) return false;
    await sleep(500);
  }
  return true;
}

/**
 * Waits for the pre-opening to be sent and answered, with a progress line every interval; resolves
 * with the engine's peak RSS (bytes) meanwhile.
 */
async function progress(
  opening: Sending,
  watcher: ReplyWatcher,
  sources: SampleSources,
  options: SoakOptions,
  deadline: number,
): Promise<number | undefined> {
  let sent = false;
  void opening.done.then(() => (sent = true));
  let nextLine = Date.now() + options.interval * 1000;
  let peak: number | undefined;
  while (!(sent && unansweredCount(watcher, opening.sends) === 0) && Date.now() < deadline) {
    await sleep(1_000);
    const rss = (await sampleProcesses(sources)).engine?.rssBytes;
    if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
    if (Date.now() < nextLine) continue;
    nextLine += options.interval * 1000;
    const now: Sample = await sampleAll(sources);
    log(
      `  ${opening.sends.filter((send) => send.sentAt > 0).length} sent, ${answered(watcher, opening.sends)} answered, ` +
        `open ${now.open ?? 'n/a'}, engine RSS ${fixed(mb(now.engine?.rssBytes))} MB, Temporal RSS ${fixed(mb(now.temporal?.rssBytes))} MB, ` +
        `cache ${fixed(now.sdk?.cacheSize)}, evictions ${fixed(now.sdk?.evictions)}`,
    );
  }
  await opening.done;
  return peak;
}

/** Runs `work` (a baseline run) and says where the CPU went meanwhile. */
async function during<T>(
  sources: SampleSources,
  ticksPerSecond: number,
  work: () => Promise<T>,
): Promise<{ result: T; meanwhile: string }> {
  const start = await sampleAll(sources);
  const result = await work();
  const end = await sampleAll(sources);
  const row = minuteRow({
    index: 0,
    phase: 'load',
    loadStartedAt: start.at,
    start,
    end,
    peakRss: {},
    sends: [],
    firstReplyAt: new Map(),
    baselinePerSecond: undefined,
    ticksPerSecond,
    cores: availableParallelism(),
  });
  return { result, meanwhile: formatWindow(row) };
}

function restJson(rest: Sample) {
  return {
    engineRssMb: round(mb(rest.engine?.rssBytes)),
    engineRssAnonMb: round(mb(rest.engine?.rssAnonBytes)),
    engineRssFileMb: round(mb(rest.engine?.rssFileBytes)),
    engineRssShmemMb: round(mb(rest.engine?.rssShmemBytes)),
    temporalRssMb: round(mb(rest.temporal?.rssBytes)),
    openConversations: rest.open ?? null,
    cacheSize: round(rest.sdk?.cacheSize),
    evictionsTotal: round(rest.sdk?.evictions),
    replaysTotal: round(rest.sdk?.replays),
    engineWalMb: round(mb(rest.engineWalBytes)),
    temporalWalMb: round(mb(rest.temporalWalBytes)),
  };
}

async function shutdown(code: number): Promise<never> {
  await temporalConnection?.close().catch(() => {});
  await stack?.stop().catch(() => {});
  process.exit(code);
}

await runBenchmark({
  parse: (argv) => parseSoakOptions(argv),
  usage: soakUsage,
  // Start-up, probe, pre-opening, load, drain, rest and the closing baseline, with room to spare.
  deadlineMs: (options) =>
    (600 +
      options.probeSeconds * 3 +
      options.open / options.openRate +
      (options.open ? options.replyTimeout + options.open / 10 : 0) +
      options.duration +
      options.replyTimeout +
      options.rest +
      options.baselineSeconds * 3 +
      120) *
    1000,
  main,
  shutdown,
  recentOutput: () => stack?.recentOutput(40),
});
