import { maxWaitMinutes } from '../limits.js';
import { minutesFrom } from './fill.js';
import type { StepContext, StepOutcome } from './step.types.js';

/**
 * When a wait without its own timeout ends: as long as the window that was open when it began,
 * else — it began with the window closed, so its message went by the fallback template and waits
 * for the customer — at most the longest wait (30 days).
 */
export function openEndedWait(memo: Readonly<Record<string, number>>, now: number, windowOpen: boolean) {
  if (memo.until !== undefined) return memo.until;
  return windowOpen ? null : minutesFrom(now, maxWaitMinutes);
}

// A node that asks the customer (reply buttons, a list, collect input) and rests for the answer.

/** When its wait ends: `timeoutMinutes` after it was entered, or, without a timeout, an open-ended wait. */
export function answerDeadline(timeoutMinutes: number | undefined, context: StepContext): number | null {
  return timeoutMinutes
    ? (context.memo.until ?? minutesFrom(context.now, timeoutMinutes))
    : openEndedWait(context.memo, context.now, context.windowOpen);
}

/** Rests for the answer until `until`, keeping `memo` (and the deadline) for the node's next event. */
export function awaitAnswer(until: number | null, memo: Record<string, number>): StepOutcome['next'] {
  return { kind: 'wait', until, memo: until === null ? memo : { ...memo, until }, acceptsReplies: true };
}

/** An open-ended wait (no timeout of its own) that outlived its longest stay. */
const timedOut: StepOutcome = {
  next: { kind: 'end', end: { status: 'dropped', reason: 'timeout', detail: 'the customer did not answer' } },
};

/** Its wait is over: the `timeout` output of a node with a timeout; else the run is dropped. */
export function answerTimedOut(timeoutMinutes: number | undefined): StepOutcome {
  return timeoutMinutes ? { next: { kind: 'port', port: 'timeout' } } : timedOut;
}

/** The customer's window closed before they answered: the run is dropped. */
export function windowClosedUnanswered(): StepOutcome {
  return {
    next: {
      kind: 'end',
      end: {
        status: 'dropped',
        reason: 'window_closed',
        detail: 'the customer did not answer while the window was open',
      },
    },
  };
}
