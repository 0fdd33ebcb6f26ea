import type { HistoryCost } from './history-cost.js';
import type { QuickReplyRound } from './flows-quick-reply.js';
import type { Summary } from './stats.js';

export const mb = (bytes: number | undefined) => (bytes === undefined ? undefined : bytes / (1024 * 1024));
export const fixed = (value: number | undefined | null, digits = 0) =>
  value !== undefined && value !== null && Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
export const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`) : 'n/a';
/** Rounded to one decimal for the JSON summary; null when not measured. */
export const round = (value: number | undefined, digits = 1) =>
  value !== undefined && Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;

export const latency = (summary: Summary, keys: ('p50' | 'p95' | 'p99')[] = ['p50', 'p95', 'p99']) =>
  `${keys.map((key) => `${key} ${ms(summary[key])}`).join('  ')}  max ${ms(summary.max)}  (n=${summary.count})`;

/** The median of the finite values (NaN for none). */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 === 1
    ? (finite[middle] ?? Number.NaN)
    : ((finite[middle - 1] ?? 0) + (finite[middle] ?? 0)) / 2;
}

/** Averages of several samples of one workflow type, weighted by how many histories each read. */
export function poolCosts(costs: readonly HistoryCost[]): HistoryCost | undefined {
  const sampled = costs.reduce((sum, cost) => sum + cost.sampled, 0);
  const first = costs[0];
  if (!first || sampled === 0) return undefined;
  const mean = (key: 'events' | 'workflowTasks' | 'activities' | 'localActivities' | 'timers' | 'signals') =>
    costs.reduce((sum, cost) => sum + cost[key] * cost.sampled, 0) / sampled;
  return {
    workflowType: first.workflowType,
    started: costs.reduce((sum, cost) => sum + cost.started, 0),
    sampled,
    events: mean('events'),
    workflowTasks: mean('workflowTasks'),
    activities: mean('activities'),
    localActivities: mean('localActivities'),
    timers: mean('timers'),
    signals: mean('signals'),
  };
}

export function formatCost(cost: HistoryCost, per = 1, digits = 1): string {
  const value = (figure: number) => (figure / per).toFixed(digits);
  return (
    `${value(cost.events)} history events, ${value(cost.workflowTasks)} workflow tasks, ` +
    `${value(cost.localActivities)} local activities, ${value(cost.activities)} activities, ` +
    `${value(cost.timers)} timers, ${value(cost.signals)} signals`
  );
}

/** A round's line (and its indented details). */
export function formatRound(label: string, figures: QuickReplyRound, steps: StepsFigure): string {
  const stuck = Object.entries(figures.stuck);
  const lines = [
    `${label}: ${figures.through} of ${figures.customers} customers through the flow in ${fixed(figures.spanMs / 1000, 1)} s; ` +
      `${steps.steps} steps (${steps.source}) = ${fixed(steps.perSecond, 1)} steps/s; runs ${steps.runs}`,
    `  tap -> next message      ${latency(figures.tapToNextMs)}`,
    `  tap -> next buttons      ${latency(figures.tapToButtonsMs)}`,
    `  keyword -> first buttons ${latency(figures.firstMs)}`,
    `  tap acknowledged         ${latency(figures.tapAckMs, ['p50', 'p95'])}  (sandbox posts the webhook, engine answers)`,
    `  messages                 ${figures.messages} received${figures.extraMessages ? `, ${figures.extraMessages} more than the flow sends` : ''}`,
  ];
  for (const [reason, count] of stuck) lines.push(`  stuck                    ${count} x ${reason}`);
  return lines.join('\n');
}

export interface StepsFigure {
  steps: number;
  perSecond: number;
  /** Where the step count came from. */
  source: string;
  /** The analytics' run totals, as text. */
  runs: string;
}
