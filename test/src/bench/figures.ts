import type { BaselineRun } from './baseline.js';
import type { IntakeRun } from './intake-load.js';
import { ratePerSecond, summarize, type Summary } from './stats.js';

export interface IntakeFigures {
  offeredRate: number;
  count: number;
  sent: number;
  notSent: number;
  maxSendLagMs: number;
  acknowledged: number;
  acknowledgedPerSecond: number;
  ackMs: Summary;
  /** Responses other than 200, by status. */
  rejected: Record<string, number>;
  /** Requests that got no response, by reason. */
  errors: Record<string, number>;
  customersAnswered: number;
  repliesReceived: number;
  /** Customers with more than one reply. */
  duplicates: number;
  /** Acknowledged customers without a reply. */
  missing: number;
  answeredPerSecond: number;
  answerSpanMs: number;
  endToEndMs: Summary;
  replyWaitTimedOut: boolean;
}

export function intakeFigures(run: IntakeRun, offeredRate: number): IntakeFigures {
  const sent = run.sends.filter((send) => send.sentAt > 0);
  const acked = sent.filter((send) => send.status === 200);
  const rejected: Record<string, number> = {};
  const errors: Record<string, number> = {};
  for (const send of sent) {
    if (send.status !== undefined && send.status !== 200)
      rejected[send.status] = (rejected[send.status] ?? 0) + 1;
    if (send.error !== undefined) errors[send.error] = (errors[send.error] ?? 0) + 1;
  }
  const lastAckAt = Math.max(run.loop.firstStartAt, ...acked.map((send) => send.ackAt ?? 0));

  const endToEnd: number[] = [];
  let lastReplyAt = run.loop.firstStartAt;
  let repliesReceived = 0;
  let duplicates = 0;
  let missing = 0;
  for (const send of sent) {
    const replies = run.replies.get(send.waId) ?? [];
    repliesReceived += replies.length;
    if (replies.length > 1) duplicates += 1;
    const first = Math.min(...replies.map((reply) => Date.parse(reply.acceptedAt)));
    if (replies.length > 0 && Number.isFinite(first)) {
      endToEnd.push(first - send.sentAt);
      lastReplyAt = Math.max(lastReplyAt, first);
    } else if (send.status === 200) {
      missing += 1;
    }
  }
  const answerSpanMs = lastReplyAt - run.loop.firstStartAt;
  return {
    offeredRate,
    count: run.sends.length,
    sent: sent.length,
    notSent: run.sends.length - sent.length,
    maxSendLagMs: run.loop.maxLagMs,
    acknowledged: acked.length,
    acknowledgedPerSecond: ratePerSecond(acked.length, lastAckAt - run.loop.firstStartAt),
    ackMs: summarize(acked.map((send) => send.ackMs ?? Number.NaN)),
    rejected,
    errors,
    customersAnswered: endToEnd.length,
    repliesReceived,
    duplicates,
    missing,
    answeredPerSecond: ratePerSecond(endToEnd.length, answerSpanMs),
    answerSpanMs,
    endToEndMs: summarize(endToEnd),
    replyWaitTimedOut: run.replyWaitTimedOut,
  };
}

export interface BaselineFigures {
  activity: 'local' | 'activity';
  offeredRate: number;
  count: number;
  started: number;
  maxStartLagMs: number;
  completed: number;
  completedPerSecond: number;
  spanMs: number;
  latencyMs: Summary;
  failures: Record<string, number>;
}

export function baselineFigures(
  run: BaselineRun,
  offeredRate: number,
  count: number,
  activity: 'local' | 'activity',
): BaselineFigures {
  const lastCompletion = Math.max(run.loop.firstStartAt, ...run.completedAt);
  const spanMs = lastCompletion - run.loop.firstStartAt;
  return {
    activity,
    offeredRate,
    count,
    started: run.loop.started,
    maxStartLagMs: run.loop.maxLagMs,
    completed: run.completedAt.length,
    completedPerSecond: ratePerSecond(run.completedAt.length, spanMs),
    spanMs,
    latencyMs: summarize(run.latenciesMs),
    failures: Object.fromEntries(run.failures),
  };
}
