// The intake benchmark: how fast Parley acknowledges and answers inbound WhatsApp messages, and how
// that compares with a bare Temporal round trip on the same server. See options.ts for the flags.
import { startStack, type Stack } from '../support/stack.js';
import { baselineWorkflowType, runBaseline } from './baseline.js';
import { baselineFigures, intakeFigures, type BaselineFigures } from './figures.js';
import { measureHistoryCost, type HistoryCost } from './history-cost.js';
import { runIntake, type IntakeTarget } from './intake-load.js';
import { runBenchmark } from './cli.js';
import { parseBenchOptions, usage, type BenchOptions } from './options.js';
import { formatBaseline, formatHistoryCost, formatIntake } from './report.js';

let stack: Stack | undefined;

async function main(options: BenchOptions): Promise<number> {
  const log = (text: string) => process.stdout.write(`${text}\n`);
  let target: IntakeTarget;
  let temporalAddress = options.temporal;
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  if (options.engine && options.sandbox && options.appSecret) {
    target = {
      engineUrl: options.engine,
      sandboxUrl: options.sandbox,
      appSecret: options.appSecret,
      phoneNumberId: options.phoneNumberId,
    };
    log(
      `Target: engine ${options.engine}, sandbox ${options.sandbox}, Temporal ${temporalAddress ?? '(not given)'}`,
    );
  } else {
    log('Starting an own stack (Temporal dev server, WhatsApp sandbox, engine) on free ports...');
    // A number on Meta's highest throughput tier, so the sandbox's limit does not cap the measurement.
    stack = await startStack({
      output: options.stackOutput,
      engineLogLevel: 'warn',
      keepData: options.keepData,
      sandboxThroughputPerSecond: 1_000,
    });
    target = {
      engineUrl: stack.engine.url,
      sandboxUrl: stack.sandbox.url,
      appSecret: stack.secrets.appSecret,
      phoneNumberId: stack.phoneNumberId,
    };
    temporalAddress = stack.temporalAddress;
    log(
      `Own stack: engine ${stack.engine.url}, sandbox ${stack.sandbox.url}, Temporal ${temporalAddress}, data ${stack.dataDir}`,
    );
  }

  const replyTimeoutMs = options.replyTimeout * 1000;
  if (options.warmup > 0) {
    const warm = intakeFigures(
      await runIntake(target, {
        rate: Math.min(options.rate, 20),
        count: options.warmup,
        concurrency: options.concurrency,
        replyTimeoutMs: 60_000,
      }),
      Math.min(options.rate, 20),
    );
    log(`Warm-up: ${warm.customersAnswered} of ${warm.count} customers answered`);
  }

  const run = await runIntake(target, {
    rate: options.rate,
    count: options.count,
    concurrency: options.concurrency,
    replyTimeoutMs,
  });
  const intake = intakeFigures(run, options.rate);
  log('');
  log(formatIntake(intake));

  let parleyCost: HistoryCost[] = [];
  if (temporalAddress) {
    parleyCost = await measureHistoryCost(temporalAddress, namespace, new Date(run.startedAt), {
      exclude: [baselineWorkflowType],
    }).catch((error: unknown) => {
      log(`(could not read workflow histories: ${error instanceof Error ? error.message : String(error)})`);
      return [];
    });
    log(formatHistoryCost('Temporal cost of the run', parleyCost));
  }

  let baseline: BaselineFigures | undefined;
  let baselineCost: HistoryCost[] = [];
  if (!options.skipBaseline && temporalAddress) {
    log('');
    log(`Running the baseline (${options.baselineCount} workflows)...`);
    const baselineRun = await runBaseline({
      address: temporalAddress,
      namespace,
      activity: options.baseline,
      rate: options.rate,
      count: options.baselineCount,
      concurrency: options.concurrency,
      warmup: Math.min(options.warmup, 10),
      resultTimeoutMs: replyTimeoutMs,
    });
    baseline = baselineFigures(baselineRun, options.rate, options.baselineCount, options.baseline);
    log(formatBaseline(baseline));
    baselineCost = await measureHistoryCost(temporalAddress, namespace, new Date(baselineRun.startedAt), {
      sample: 5,
    })
      .then((costs) => costs.filter((cost) => cost.workflowType === baselineWorkflowType))
      .catch(() => []);
    log(formatHistoryCost('Temporal cost of the baseline', baselineCost));
  }

  const ratio = baseline ? intake.answeredPerSecond / baseline.completedPerSecond : undefined;
  log('');
  if (ratio !== undefined && baseline) {
    log(
      `Parley answered ${intake.answeredPerSecond.toFixed(1)}/s = ${(ratio * 100).toFixed(0)} % of the baseline's ` +
        `${baseline.completedPerSecond.toFixed(1)}/s at ${options.rate}/s offered`,
    );
  }
  const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : null);
  const summary = {
    bench: 'intake',
    offeredRate: options.rate,
    count: options.count,
    sent: intake.sent,
    acknowledged: intake.acknowledged,
    acknowledgedPerSecond: round(intake.acknowledgedPerSecond),
    ackP50Ms: round(intake.ackMs.p50),
    ackP99Ms: round(intake.ackMs.p99),
    answeredPerSecond: round(intake.answeredPerSecond),
    e2eP50Ms: round(intake.endToEndMs.p50),
    e2eP95Ms: round(intake.endToEndMs.p95),
    e2eP99Ms: round(intake.endToEndMs.p99),
    replies: intake.repliesReceived,
    duplicates: intake.duplicates,
    missing: intake.missing,
    historyEventsPerConversation: round(
      parleyCost.find((cost) => cost.workflowType !== baselineWorkflowType)?.events ?? Number.NaN,
    ),
    baseline: baseline
      ? {
          activity: baseline.activity,
          count: baseline.count,
          completed: baseline.completed,
          completedPerSecond: round(baseline.completedPerSecond),
          p50Ms: round(baseline.latencyMs.p50),
          p95Ms: round(baseline.latencyMs.p95),
          p99Ms: round(baseline.latencyMs.p99),
          historyEvents: round(baselineCost[0]?.events ?? Number.NaN),
        }
      : null,
    answeredVsBaseline: ratio === undefined ? null : Math.round(ratio * 1000) / 1000,
  };
  log(JSON.stringify(summary));
  // Replying twice to one message is a correctness failure, whatever the speed.
  return intake.duplicates > 0 ? 1 : 0;
}

async function shutdown(code: number): Promise<never> {
  await stack?.stop().catch(() => {});
  process.exit(code);
}

await runBenchmark({
  parse: (argv) => parseBenchOptions(argv),
  usage,
  // Sending, twice the reply timeout and start-up.
  deadlineMs: (options) => ((options.count / options.rate) * 2 + options.replyTimeout * 2 + 600) * 1000,
  main,
  shutdown,
  recentOutput: () => stack?.recentOutput(40),
});
