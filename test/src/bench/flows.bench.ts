// The flows benchmark: how fast the conversation workflow runs a quick-reply flow for customers
// tapping through it, what each flow step costs in Temporal, and how much memory the worker needs
// with thousands of conversations resting in a flow. See flows-options.ts for the flags and
// docs/benchmarks.md ("Flows") for how to read the output.
import { randomInt } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { conversationWorkflowType } from '@parley/workflows';
import { freePort } from '../../../scripts/stack.mjs';
import { SandboxClient } from '../support/clients.js';
import { startStack, type Stack } from '../support/stack.js';
import { runBenchmark } from './cli.js';
import { analyticsSteps, FlowsAdmin, waitingIn, type LiveFlow } from './flows-api.js';
import { OutboundFeed } from './flows-feed.js';
import {
  quickReplyFlow,
  restingFlow,
  restingKeyword,
  restingNodeId,
  restingWaitMinutes,
  type QuickReplyPlan,
} from './flows-graphs.js';
import { flowsUsage, parseFlowsOptions, type FlowsOptions } from './flows-options.js';
import {
  benchCustomer,
  greetingRound,
  quickReplyCustomer,
  quickReplyRoundFigures,
  type QuickReplyRound,
} from './flows-quick-reply.js';
import {
  fixed,
  formatCost,
  formatRound,
  latency,
  mb,
  median,
  poolCosts,
  round,
  type StepsFigure,
} from './flows-report.js';
import { measureHistoryCost, type HistoryCost } from './history-cost.js';
import { stackIntakeTarget, type IntakeTarget } from './intake-load.js';
import { sleep } from './open-loop.js';
import { sendTextWebhooks } from './soak-load.js';
import {
  openConversationCounter,
  sampleAll,
  sampleProcesses,
  type Sample,
  type SampleSources,
} from './soak-sample.js';
import type { Summary } from './stats.js';

let stack: Stack | undefined;
let temporalConnection: Connection | undefined;
let feed: OutboundFeed | undefined;
const log = (text: string) => process.stdout.write(`${text}\n`);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The engine's default worker cache (TEMPORAL_MAX_CACHED_WORKFLOWS in its config schema). */
const engineDefaultCache = 1_000;
/** The resting target of the flows issue: engine RSS with 10,000 conversations resting in a flow. */
const restingRssTargetMb = 500;
/** Parts of the run, the digit in each customer's wa_id. */
const part = { warmup: 0, flow: 1, greeting: 2, resting: 3 } as const;

interface Target {
  intake: IntakeTarget;
  temporalAddress: string | undefined;
  adminEmail: string;
  adminPassword: string;
  sources: SampleSources;
  /** What the worker cache is set to, as text. */
  cacheSetting: string;
}

async function main(options: FlowsOptions): Promise<number> {
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  const target = await prepareTarget(options);
  if (target.temporalAddress) {
    const address = target.temporalAddress;
    temporalConnection = await Connection.connect({ address });
    const client = new Client({ connection: temporalConnection, namespace });
    target.sources.countOpen = openConversationCounter(client);
  }
  const cost = async (since: Date, sample: number): Promise<HistoryCost | undefined> => {
    if (!target.temporalAddress) return undefined;
    try {
      const costs = await measureHistoryCost(target.temporalAddress, namespace, since, { sample });
      return costs.find((entry) => entry.workflowType === conversationWorkflowType);
    } catch (error) {
      log(`  (could not read workflow histories: ${errorText(error)})`);
      return undefined;
    }
  };

  const admin = await FlowsAdmin.signIn(target.intake.engineUrl, target.adminEmail, target.adminPassword);
  const accountId = await admin.whatsappAccountId(target.intake.phoneNumberId);
  const tag = String(randomInt(0, 100_000)).padStart(5, '0');
  const plan = quickReplyFlow();
  const sandbox = new SandboxClient(target.intake.sandboxUrl);
  feed = new OutboundFeed(target.intake.sandboxUrl, Date.now() - 2_000);
  feed.start();
  log(`Worker cache: TEMPORAL_MAX_CACHED_WORKFLOWS ${target.cacheSetting}`);

  const summary: Record<string, unknown> = { bench: 'flows', cacheSetting: target.cacheSetting };
  if (options.conversations > 0) {
    const quick = await admin.publish(`Bench quick replies ${tag}`, plan.graph, accountId);
    await settle(options);
    log(
      `Flow "${quick.name}" version ${quick.version} on the WhatsApp account ${accountId}: ` +
        `${plan.steps} nodes, ${plan.taps.length} taps, ${plan.messages} messages per run`,
    );
    summary.quickReply = await quickReplyPart(options, target, admin, quick, plan, sandbox, feed, tag, cost);
  }
  if (options.resting > 0) {
    const resting = await admin.publish(`Bench resting ${tag}`, restingFlow(), accountId);
    await settle(options);
    log('');
    log(
      `Flow "${resting.name}" version ${resting.version}: one message, then a wait for a reply of ` +
        `${restingWaitMinutes / 60 / 24} days`,
    );
    summary.resting = await restingPart(options, target, admin, resting, feed, tag, cost);
  }
  await feed.stop();
  log(JSON.stringify(summary));
  return 0;
}

/** Part 1: rounds of customers tapping through the quick-reply flow, each beside a round of greetings. */
async function quickReplyPart(
  options: FlowsOptions,
  target: Target,
  admin: FlowsAdmin,
  flow: LiveFlow,
  plan: QuickReplyPlan,
  sandbox: SandboxClient,
  feed: OutboundFeed,
  tag: string,
  cost: (since: Date, sample: number) => Promise<HistoryCost | undefined>,
) {
  const timeoutMs = options.stepTimeout * 1000;
  const n = options.conversations;
  log('');
  log(
    `Part 1: quick-reply flow, ${n} customers at once, ${options.rounds} rounds` +
      (options.warmup ? ` after a warm-up of ${options.warmup}` : '') +
      (options.skipBaseline
        ? ''
        : `; each round followed by the automatic reply for ${n} x ${plan.taps.length} new customers, ${n} at once`),
  );
  const runRound = async (count: number, partDigit: number, index: number) => {
    const customers = Array.from({ length: count }, (_, i) => benchCustomer(tag, partDigit, index, i));
    return Promise.all(customers.map((waId) => quickReplyCustomer(sandbox, feed, plan, waId, timeoutMs)));
  };
  if (options.warmup > 0) {
    const warm = quickReplyRoundFigures(await runRound(options.warmup, part.warmup, 0), feed, plan);
    log(
      `Warm-up: ${warm.through} of ${warm.customers} through; tap -> next message ${latency(warm.tapToNextMs, ['p50', 'p95'])}`,
    );
    if (warm.through === 0) log('  (no warm-up customer got through the flow: see "stuck" below)');
    for (const [reason, count] of Object.entries(warm.stuck)) log(`  stuck ${count} x ${reason}`);
  }

  const rssPeak = { bytes: 0 };
  const sampler = startRssSampler(target.sources, rssPeak);
  const rounds: {
    figures: QuickReplyRound;
    steps: StepsFigure;
    cost?: HistoryCost;
    greeting?: { latencyMs: Summary; answeredPerSecond: number; failed: number; cost?: HistoryCost };
  }[] = [];
  for (let index = 1; index <= options.rounds; index++) {
    log('');
    const startedAt = new Date();
    const customers = await runRound(n, part.flow, index);
    const figures = quickReplyRoundFigures(customers, feed, plan);
    const steps = await stepsOf(admin, flow, startedAt, figures, plan);
    log(formatRound(`Round ${index}`, figures, steps));
    const roundCost = await cost(startedAt, options.sample);
    if (roundCost)
      log(
        `  Temporal per conversation ${formatCost(roundCost)} (${roundCost.sampled} of ${roundCost.started} sampled)`,
      );
    const entry: (typeof rounds)[number] = { figures, steps, ...(roundCost ? { cost: roundCost } : {}) };
    if (!options.skipBaseline) {
      const greetingStart = new Date();
      const greeting = await greetingRound(
        sandbox,
        feed,
        (i) => benchCustomer(tag, part.greeting, index, i),
        n,
        plan.taps.length,
        timeoutMs,
      );
      const failed = greeting.customers.filter((customer) => customer.error !== undefined);
      const greetingCost = await cost(greetingStart, Math.min(5, options.sample));
      log(
        `  automatic reply          ${latency(greeting.latencyMs)}  (message posted -> greeting accepted; ${fixed(greeting.answeredPerSecond, 1)}/s)` +
          (failed.length ? `; ${failed.length} unanswered: ${failed[0]?.error}` : ''),
      );
      entry.greeting = {
        latencyMs: greeting.latencyMs,
        answeredPerSecond: greeting.answeredPerSecond,
        failed: failed.length,
        ...(greetingCost ? { cost: greetingCost } : {}),
      };
    }
    rounds.push(entry);
  }
  sampler.stop();
  await sampler.done;
  const after = await sampleAll(target.sources);

  const medianOf = (pick: (entry: (typeof rounds)[number]) => number) => median(rounds.map(pick));
  const stepsPerSecond = medianOf((entry) => entry.steps.perSecond);
  const tapP50 = medianOf((entry) => entry.figures.tapToNextMs.p50);
  const tapP95 = medianOf((entry) => entry.figures.tapToNextMs.p95);
  const buttonsP50 = medianOf((entry) => entry.figures.tapToButtonsMs.p50);
  const buttonsP95 = medianOf((entry) => entry.figures.tapToButtonsMs.p95);
  const firstP95 = medianOf((entry) => entry.figures.firstMs.p95);
  const greetingP50 = medianOf((entry) => entry.greeting?.latencyMs.p50 ?? Number.NaN);
  const greetingP95 = medianOf((entry) => entry.greeting?.latencyMs.p95 ?? Number.NaN);
  const flowCost = poolCosts(rounds.flatMap((entry) => (entry.cost ? [entry.cost] : [])));
  const greetingCost = poolCosts(
    rounds.flatMap((entry) => (entry.greeting?.cost ? [entry.greeting.cost] : [])),
  );
  const stepsPerRun = median(
    rounds.map((entry) => (entry.figures.through ? entry.steps.steps / entry.figures.through : Number.NaN)),
  );
  const through = rounds.reduce((sum, entry) => sum + entry.figures.through, 0);
  const list = (pick: (entry: (typeof rounds)[number]) => number, digits = 1) =>
    rounds.map((entry) => fixed(pick(entry), digits)).join(', ');

  log('');
  log(
    `Quick-reply flow: medians of ${rounds.length} rounds, ${n} customers at once (${through} of ${n * rounds.length} through)`,
  );
  log(
    `  steps/s                  ${fixed(stepsPerSecond, 1)}  (rounds: ${list((entry) => entry.steps.perSecond)}); ${fixed(stepsPerRun, 1)} steps per run`,
  );
  log(
    `  tap -> next message      p50 ${fixed(tapP50)} ms  p95 ${fixed(tapP95)} ms  (p95 of the rounds: ${list((entry) => entry.figures.tapToNextMs.p95, 0)})`,
  );
  log(`  tap -> next buttons      p50 ${fixed(buttonsP50)} ms  p95 ${fixed(buttonsP95)} ms`);
  log(`  keyword -> first buttons p95 ${fixed(firstP95)} ms`);
  if (flowCost) {
    const perStep = Number.isFinite(stepsPerRun) ? stepsPerRun : plan.steps;
    log(`  Temporal per run         ${formatCost(flowCost)}  (${flowCost.sampled} histories)`);
    log(`  Temporal per step        ${formatCost(flowCost, perStep, 2)}  (/${fixed(perStep, 1)} steps)`);
    if (greetingCost) {
      const taps = plan.taps.length;
      const perTap = { ...flowCost };
      for (const key of [
        'events',
        'workflowTasks',
        'localActivities',
        'activities',
        'timers',
        'signals',
      ] as const)
        perTap[key] = flowCost[key] - greetingCost[key];
      log(
        `  Temporal per tap         ${formatCost(perTap, taps, 2)}  (the run less a greeted conversation, / ${taps} taps)`,
      );
    }
  } else log('  Temporal per step        n/a (no histories read)');
  if (!options.skipBaseline) {
    log(
      `  automatic reply          p50 ${fixed(greetingP50)} ms  p95 ${fixed(greetingP95)} ms  (same run, new customers, ${n} at once)`,
    );
    if (greetingCost)
      log(`  Temporal per greeting    ${formatCost(greetingCost)}  (${greetingCost.sampled} histories)`);
    log(`  tap p95 / greeting p95   ${fixed(tapP95 / greetingP95, 2)}`);
  }
  log(
    `  engine RSS               peak ${fixed(mb(rssPeak.bytes || undefined))} MB during the rounds, ${fixed(mb(after.engine?.rssBytes))} MB after; ` +
      `worker cache ${fixed(after.sdk?.cacheSize)} (TEMPORAL_MAX_CACHED_WORKFLOWS ${target.cacheSetting}); open conversation workflows ${after.open ?? 'n/a'}`,
  );

  return {
    conversations: n,
    rounds: rounds.length,
    through,
    customers: n * rounds.length,
    stepsPerRun: round(stepsPerRun),
    stepsPerSecond: round(stepsPerSecond),
    stepsPerSecondRounds: rounds.map((entry) => round(entry.steps.perSecond)),
    tapToNextP50Ms: round(tapP50),
    tapToNextP95Ms: round(tapP95),
    tapToButtonsP50Ms: round(buttonsP50),
    tapToButtonsP95Ms: round(buttonsP95),
    firstButtonsP95Ms: round(firstP95),
    greetingP50Ms: round(greetingP50),
    greetingP95Ms: round(greetingP95),
    tapP95VsGreetingP95: round(tapP95 / greetingP95, 2),
    historyEventsPerRun: round(flowCost?.events),
    historyEventsPerStep: round(
      flowCost ? flowCost.events / (Number.isFinite(stepsPerRun) ? stepsPerRun : plan.steps) : undefined,
      2,
    ),
    workflowTasksPerRun: round(flowCost?.workflowTasks),
    localActivitiesPerRun: round(flowCost?.localActivities),
    historyEventsPerGreeting: round(greetingCost?.events),
    engineRssPeakMb: round(mb(rssPeak.bytes || undefined)),
    engineRssAfterMb: round(mb(after.engine?.rssBytes)),
    stuck: Object.fromEntries(
      rounds
        .flatMap((entry) => Object.entries(entry.figures.stuck))
        .reduce((totals, [reason, count]) => {
          totals.set(reason, (totals.get(reason) ?? 0) + count);
          return totals;
        }, new Map<string, number>()),
    ),
  };
}

/** The round's steps from the flow's analytics (runs that started since the round began), per second over the round. */
async function stepsOf(
  admin: FlowsAdmin,
  flow: LiveFlow,
  since: Date,
  figures: QuickReplyRound,
  plan: QuickReplyPlan,
): Promise<StepsFigure> {
  try {
    const analytics = await admin.analytics(flow, since);
    const steps = analyticsSteps(analytics);
    const runs = analytics.runs;
    return {
      steps,
      perSecond: (steps * 1000) / figures.spanMs,
      source: 'analytics',
      runs: `${runs.started} started, ${runs.completed} completed, ${runs.running} running, ${runs.dropped} dropped, ${runs.assigned} assigned`,
    };
  } catch (error) {
    const steps = figures.through * plan.steps;
    return {
      steps,
      perSecond: (steps * 1000) / figures.spanMs,
      source: `the plan x customers through; analytics failed: ${errorText(error)}`,
      runs: 'n/a',
    };
  }
}

/** Part 2: many conversations resting in a flow, and the engine's memory with them. */
async function restingPart(
  options: FlowsOptions,
  target: Target,
  admin: FlowsAdmin,
  flow: LiveFlow,
  feed: OutboundFeed,
  tag: string,
  cost: (since: Date, sample: number) => Promise<HistoryCost | undefined>,
) {
  const n = options.resting;
  // Customers write once each here: one poll a second is plenty for the progress lines.
  feed.setInterval(1_000);
  const before = await sampleAll(target.sources);
  log(
    `Part 2: ${n} conversations resting, webhooks straight to the engine at ${options.restingRate}/s offered ` +
      `(the outbox queues what Temporal does not take yet); engine RSS before ${fixed(mb(before.engine?.rssBytes))} MB, ` +
      `open conversation workflows ${before.open ?? 'n/a'}`,
  );
  const startedAt = new Date();
  // New customers writing the resting flow's keyword (open loop, as bench:soak opens conversations).
  const sending = sendTextWebhooks(target.intake, {
    rate: options.restingRate,
    count: n,
    concurrency: options.concurrency,
    customer: (index) => benchCustomer(tag, part.resting, 0, index),
    message: (_, waId) => ({ name: `Resting ${waId.slice(-8)}`, text: restingKeyword }),
    overrunMs: 120_000,
  });
  for (const send of sending.sends) feed.follow(send.waId);
  let sent = false;
  void sending.done.then(() => (sent = true));
  const deadline = Date.now() + options.restingTimeout * 1000;
  let waiting = 0;
  let nextLine = Date.now() + options.interval * 1000;
  let peak = 0;
  let analyticsError: string | undefined;
  let answers = { answered: 0, notByFlow: 0 };
  const waitingNow = async () => {
    try {
      const analytics = await admin.analytics(flow, startedAt);
      analyticsError = undefined;
      return waitingIn(analytics, restingNodeId);
    } catch (error) {
      analyticsError = errorText(error);
      return waiting;
    }
  };
  // The analytics are asked at each progress line, and every few seconds once everything is sent.
  let nextCheck = 0;
  while (Date.now() < deadline) {
    await sleep(1_000);
    const rss = (await sampleProcesses(target.sources)).engine?.rssBytes;
    if (rss !== undefined) peak = Math.max(peak, rss);
    const due = Date.now() >= nextLine;
    if (due || (sent && Date.now() >= nextCheck)) {
      waiting = await waitingNow();
      answers = feed.answered(sending.sends.filter((send) => send.sentAt > 0).map((send) => send.waId));
      nextCheck = Date.now() + 5_000;
    }
    if (due) {
      nextLine += options.interval * 1000;
      const now = await sampleAll(target.sources);
      const posted = sending.sends.filter((send) => send.sentAt > 0);
      log(
        `  ${fixed((Date.now() - startedAt.getTime()) / 1000)} s: ${posted.length} sent (${posted.filter((send) => send.status === 200).length} acknowledged), ` +
          `${answers.answered} answered${answers.notByFlow ? ` (${answers.notByFlow} not by the flow)` : ''}, ${waiting} waiting; engine RSS ${fixed(mb(now.engine?.rssBytes))} MB, ` +
          `Temporal RSS ${fixed(mb(now.temporal?.rssBytes))} MB, cache ${fixed(now.sdk?.cacheSize)}, open ${now.open ?? 'n/a'}` +
          (analyticsError ? `; analytics failed: ${analyticsError}` : ''),
      );
    }
    // Done when every customer rests in the flow, or got an answer that is no flow's (no run to wait for).
    if (sent && waiting + answers.notByFlow >= n) break;
  }
  await sending.done;
  const restedAt = Date.now();
  // When the last customer's first message was accepted: the rate conversations entered the flow.
  const firstAnswers = sending.sends.flatMap((send) => {
    const first = feed.messages(send.waId)[0];
    return first ? [first.at] : [];
  });
  const lastFirstAnswer = firstAnswers.length ? Math.max(...firstAnswers) : Number.NaN;
  const enteredPerSecond = (firstAnswers.length * 1000) / (lastFirstAnswer - startedAt.getTime());
  const allResting = waiting >= n;
  const acknowledged = sending.sends.filter((send) => send.status === 200).length;
  log(
    allResting
      ? `All ${n} resting ${fixed((restedAt - startedAt.getTime()) / 1000)} s after the first webhook; the last got its message ` +
          `after ${fixed((lastFirstAnswer - startedAt.getTime()) / 1000, 1)} s (${fixed(enteredPerSecond, 1)} conversations/s into the flow); quiet for ${options.rest} s...`
      : `Stopped waiting after ${fixed((restedAt - startedAt.getTime()) / 1000)} s: ${waiting} of ${n} resting, ` +
          `${answers.notByFlow} answered by something else than the flow (no run started: the greeting answered their keyword), ` +
          `${acknowledged} webhooks acknowledged` +
          (analyticsError ? `; analytics failed: ${analyticsError}` : ''),
  );
  await sleep(options.rest * 1000);
  const rest: Sample = await sampleAll(target.sources);
  waiting = await waitingNow();
  const rssMb = mb(rest.engine?.rssBytes);
  const verdict = rssMb === undefined ? 'n/a' : rssMb < restingRssTargetMb ? 'pass' : 'FAIL';
  const restingCost = await cost(startedAt, Math.min(5, options.sample));
  log('');
  log(`Resting conversations: ${waiting} of ${n} waiting in "${restingNodeId}" (the flow's analytics)`);
  log(
    `  engine RSS               ${fixed(rssMb)} MB  (anon ${fixed(mb(rest.engine?.rssAnonBytes))}, file ${fixed(mb(rest.engine?.rssFileBytes))}, ` +
      `shmem ${fixed(mb(rest.engine?.rssShmemBytes))}); target < ${restingRssTargetMb} MB${allResting && n >= 10_000 ? '' : ` with 10,000 (here ${n})`}: ${verdict}`,
  );
  log(`  engine RSS peak          ${fixed(mb(peak || undefined))} MB while feeding`);
  log(
    `  worker cache             ${fixed(rest.sdk?.cacheSize)} workflows (TEMPORAL_MAX_CACHED_WORKFLOWS ${target.cacheSetting}), ` +
      `${fixed(rest.sdk?.evictions)} evictions so far`,
  );
  log(
    `  Temporal RSS             ${fixed(mb(rest.temporal?.rssBytes))} MB; open conversation workflows ${rest.open ?? 'n/a'}`,
  );
  if (restingCost)
    log(
      `  Temporal per conversation ${formatCost(restingCost)} (${restingCost.sampled} of ${restingCost.started} sampled)`,
    );
  return {
    conversations: n,
    waiting,
    allResting,
    secondsToRest: round((restedAt - startedAt.getTime()) / 1000),
    enteredPerSecond: round(enteredPerSecond),
    acknowledged,
    engineRssMb: round(rssMb),
    engineRssAnonMb: round(mb(rest.engine?.rssAnonBytes)),
    engineRssPeakMb: round(mb(peak || undefined)),
    temporalRssMb: round(mb(rest.temporal?.rssBytes)),
    cacheSize: round(rest.sdk?.cacheSize),
    openConversations: rest.open ?? null,
    notStartedByFlow: answers.notByFlow,
    historyEventsPerConversation: round(restingCost?.events),
    targetMb: restingRssTargetMb,
    pass: verdict === 'n/a' ? null : verdict === 'pass',
  };
}

/**
 * Intake keeps an account's active triggers for a few seconds (FlowTriggers, 5 s; the process that
 * took the change drops them at once, other engine processes see it that late): the customers of a
 * flow just turned on start writing once every process would start it.
 */
async function settle(options: FlowsOptions): Promise<void> {
  await sleep(options.settle * 1000);
}

/** Samples the engine's RSS each second until stopped, keeping the peak. */
function startRssSampler(sources: SampleSources, peak: { bytes: number }) {
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const rss = (await sampleProcesses(sources)).engine?.rssBytes;
      if (rss !== undefined) peak.bytes = Math.max(peak.bytes, rss);
      await sleep(1_000);
    }
  })();
  return { done, stop: () => (stopped = true) };
}

async function prepareTarget(options: FlowsOptions): Promise<Target> {
  if (options.engine && options.sandbox && options.appSecret && options.adminPassword) {
    log(
      `Target: engine ${options.engine}, sandbox ${options.sandbox}, Temporal ${options.temporal ?? '(not given)'}`,
    );
    return {
      intake: {
        engineUrl: options.engine,
        sandboxUrl: options.sandbox,
        appSecret: options.appSecret,
        phoneNumberId: options.phoneNumberId,
      },
      temporalAddress: options.temporal,
      adminEmail: options.adminEmail,
      adminPassword: options.adminPassword,
      sources: {
        ...(options.enginePid ? { enginePid: options.enginePid } : {}),
        ...(options.engineMetrics ? { sdkMetricsUrl: options.engineMetrics } : {}),
      },
      cacheSetting: "as the running engine's environment sets it (not known here)",
    };
  }
  log('Starting an own stack (Temporal dev server, WhatsApp sandbox, engine) on free ports...');
  const engineEnv = { TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${await freePort()}`, ...options.engineEnv };
  stack = await startStack({
    output: options.stackOutput,
    engineLogLevel: 'warn',
    keepData: options.keepData,
    // Meta's highest throughput tier, so the sandbox's limit does not cap the measurement; and a
    // customer tapping through a flow gets 8 messages in a few seconds, above the default pair
    // rate (6 in 6 s), which would measure the sandbox's 131056 instead of Parley.
    sandboxThroughputPerSecond: 1_000,
    sandboxEnv: { SANDBOX_PAIR_RATE_BURST: '1000' },
    engineEnv,
  });
  const cache = options.engineEnv.TEMPORAL_MAX_CACHED_WORKFLOWS;
  log(
    `Own stack: engine ${stack.engine.url} (pid ${stack.engine.pid}), sandbox ${stack.sandbox.url}, ` +
      `Temporal ${stack.temporal.address} (pid ${stack.temporal.pid}), data ${stack.dataDir}` +
      (Object.keys(options.engineEnv).length ? `, engine env ${JSON.stringify(options.engineEnv)}` : ''),
  );
  return {
    intake: stackIntakeTarget(stack),
    temporalAddress: stack.temporal.address,
    adminEmail: stack.admin.email,
    adminPassword: stack.admin.password,
    sources: {
      enginePid: stack.engine.pid,
      temporalPid: stack.temporal.pid,
      sandboxPid: stack.sandbox.pid,
      sdkMetricsUrl: `http://${engineEnv.TEMPORAL_METRICS_ADDRESS}/metrics`,
    },
    cacheSetting:
      cache === undefined ? `${engineDefaultCache} (the engine's default)` : `${cache} (--engine-env)`,
  };
}

async function shutdown(code: number): Promise<never> {
  await feed?.stop().catch(() => {});
  await temporalConnection?.close().catch(() => {});
  await stack?.stop().catch(() => {});
  process.exit(code);
}

await runBenchmark({
  parse: (argv) => parseFlowsOptions(argv),
  usage: flowsUsage,
  // Start-up; per round the customers' waits and the greetings; the resting part's feeding, wait and rest.
  deadlineMs: (options) =>
    (600 +
      (options.conversations > 0
        ? (options.rounds + (options.warmup ? 1 : 0)) *
          (options.stepTimeout * 10 + 120) *
          (options.skipBaseline ? 1 : 2)
        : 0) +
      (options.resting > 0
        ? options.resting / options.restingRate + options.restingTimeout + options.rest + 300
        : 0)) *
    1000,
  main,
  shutdown,
  recentOutput: () => stack?.recentOutput(40),
});
