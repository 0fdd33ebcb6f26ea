import {
  ActivityFailure,
  ApplicationFailure,
  TimeoutFailure,
  proxyLocalActivities,
  type LocalActivityOptions,
} from '@temporalio/workflow';
import type { ConversationActivities } from '../conversation.contract.js';
import type { FlowActivities } from '../flows/runtime.contract.js';
import { permanentFailureType } from '../conversation.contract.js';

// Sends normally answer in milliseconds, so they run as local activities (no extra workflow task
// per message); longer retries back off on timers. Every activity is idempotent per key, and
// records a transient failure on the message itself once its attempts run out, so a send is never
// retried forever; a permanent failure is never retried.

/** An agent waits on the answer: a few quick attempts (about 4 s), then the message shows failed. */
export const agentSends = {
  maxAttempts: 4,
  activities: proxyLocalActivities<ConversationActivities>({
    startToCloseTimeout: '15 seconds',
    retry: {
      initialInterval: '500 milliseconds',
      backoffCoefficient: 2,
      maximumAttempts: 4,
      nonRetryableErrorTypes: [permanentFailureType],
    },
  }),
};

/** Automation has time: attempts over about 10 minutes. */
export const maxAutomationAttempts = 12;
const automationOptions: LocalActivityOptions = {
  startToCloseTimeout: '30 seconds',
  localRetryThreshold: '10 seconds',
  retry: {
    initialInterval: '500 milliseconds',
    backoffCoefficient: 2,
    maximumInterval: '2 minutes',
    maximumAttempts: maxAutomationAttempts,
    nonRetryableErrorTypes: [permanentFailureType],
  },
};
export const automation = proxyLocalActivities<ConversationActivities>(automationOptions);

/** Flow turns: effects and their records in one local activity per turn, retried like automation. */
export const flows = proxyLocalActivities<FlowActivities>(automationOptions);

/**
 * A local activity's failure reaches the workflow bare (the activity's ApplicationFailure, or a
 * TimeoutFailure), not wrapped in the ActivityFailure a regular activity's failure comes in.
 */
export function isActivityError(error: unknown): boolean {
  return (
    error instanceof ActivityFailure || error instanceof ApplicationFailure || error instanceof TimeoutFailure
  );
}
