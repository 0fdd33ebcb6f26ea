import type { BaselineFigures, IntakeFigures } from './figures.js';
import type { HistoryCost } from './history-cost.js';
import type { Summary } from './stats.js';

const ms = (value: number) =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : 'n/a';
const perSecond = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}/s` : 'n/a');
const latency = (summary: Summary, keys: ('p50' | 'p95' | 'p99')[]) =>
  `${keys.map((key) => `${key} ${ms(summary[key])}`).join('  ')}  max ${ms(summary.max)}  (n=${summary.count})`;
const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');

export function formatIntake(figures: IntakeFigures): string {
  const lines = [
    `Parley intake: ${figures.count} customers, one webhook each, offered at ${perSecond(figures.offeredRate)} (open loop)`,
    `  sent           ${figures.sent}${figures.notSent ? ` (${figures.notSent} not sent before the deadline)` : ''}, max send lag ${ms(figures.maxSendLagMs)}${figures.maxSendLagMs > 1000 ? ' (in-flight limit reached: not open loop any more)' : ''}`,
    `  acknowledged   ${figures.acknowledged} with 200 at ${perSecond(figures.acknowledgedPerSecond)}`,
  ];
  if (Object.keys(figures.rejected).length) lines.push(`  other status   ${counts(figures.rejected)}`);
  if (Object.keys(figures.errors).length) lines.push(`  no response    ${counts(figures.errors)}`);
  lines.push(
    `  ack latency    ${latency(figures.ackMs, ['p50', 'p99'])}`,
    `  replies        ${figures.repliesReceived} received for ${figures.customersAnswered} customers; duplicates ${figures.duplicates}; missing ${figures.missing}${figures.replyWaitTimedOut ? ' (stopped waiting)' : ''}`,
    `  answered       ${perSecond(figures.answeredPerSecond)} over ${(figures.answerSpanMs / 1000).toFixed(1)} s (first send to last first reply)`,
    `  end-to-end     ${latency(figures.endToEndMs, ['p50', 'p95', 'p99'])}  (webhook sent -> reply accepted by the sandbox)`,
  );
  return lines.join('\n');
}

export function formatBaseline(figures: BaselineFigures): string {
  const lines = [
    `Baseline: ${figures.count} bare baselineWorkflow runs (signalWithStart, one no-op ${figures.activity === 'local' ? 'local activity' : 'activity'}), offered at ${perSecond(figures.offeredRate)}, same Temporal server`,
    `  started        ${figures.started}, max start lag ${ms(figures.maxStartLagMs)}${figures.maxStartLagMs > 1000 ? ' (in-flight limit reached: latency understated)' : ''}`,
    `  completed      ${figures.completed} at ${perSecond(figures.completedPerSecond)} over ${(figures.spanMs / 1000).toFixed(1)} s`,
    `  latency        ${latency(figures.latencyMs, ['p50', 'p95', 'p99'])}  (start -> result)`,
  ];
  if (Object.keys(figures.failures).length) lines.push(`  failures       ${counts(figures.failures)}`);
  return lines.join('\n');
}

export function formatHistoryCost(title: string, costs: HistoryCost[]): string {
  if (costs.length === 0) return `${title}: no workflows found`;
  return [
    `${title} (averages per workflow over a sample):`,
    ...costs.map(
      (cost) =>
        `  ${cost.workflowType.padEnd(22)} ${cost.events.toFixed(1)} history events, ${cost.workflowTasks.toFixed(1)} workflow tasks, ` +
        `${cost.localActivities.toFixed(1)} local activities, ${cost.activities.toFixed(1)} activities, ${cost.timers.toFixed(1)} timers, ` +
        `${cost.signals.toFixed(1)} signals  (${cost.sampled} of ${cost.started} sampled)`,
    ),
  ].join('\n');
}
