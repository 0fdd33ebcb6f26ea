import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  defineSignal,
  defineUpdate,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type {
  DeletedTemplate,
  SubmittedTemplate,
  TemplateActivities,
  TemplateLifecycleInput,
  TemplatePlatformEvent,
} from './template-lifecycle.contract.js';
import {
  deleteTemplateUpdateName,
  maxTemplatePollIntervalMs,
  platformRefusedFailureType,
  submitTemplateUpdateName,
  templatePlatformEventSignalName,
  unpauseTemplateUpdateName,
  watchedTemplateStatuses,
} from './template-lifecycle.contract.js';

export const templatePlatformEventSignal = defineSignal<[TemplatePlatformEvent]>(
  templatePlatformEventSignalName,
);
export const submitTemplateUpdate = defineUpdate<SubmittedTemplate>(submitTemplateUpdateName);
export const unpauseTemplateUpdate = defineUpdate<void, [{ actorUserId: string | null }]>(
  unpauseTemplateUpdateName,
);
export const deleteTemplateUpdate = defineUpdate<DeletedTemplate>(deleteTemplateUpdateName);

const rememberedEvents = 100;
const maxHistoryEvents = 1_000;

// Management calls answer in well under a second but may meet a platform outage: regular
// activities with a bounded retry; a refusal is permanent and never retried.
const activities = proxyActivities<TemplateActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 8,
    nonRetryableErrorTypes: [platformRefusedFailureType],
  },
});
// Recording writes Parley's own database only: an event WhatsApp reported is never dropped, so
// it is retried until the database is back.
const { recordTemplateEvent } = proxyActivities<TemplateActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * A permanent refusal reaches the update's caller as the activity's own `PlatformRefused` failure,
 * not wrapped in the ActivityFailure that reports every failed activity.
 */
function refusalOf(error: unknown): unknown {
  if (
    error instanceof ActivityFailure &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type === platformRefusedFailureType
  )
    return error.cause;
  return error;
}

/**
 * One template's life on WhatsApp: submitted (and resubmitted on edits) through an update, then
 * PENDING → APPROVED or REJECTED, PAUSED, DISABLED, REINSTATED, FLAGGED, IN_APPEAL and category
 * changes as WhatsApp reports them by webhook (a signal). While WhatsApp is still deciding it
 * polls, first after the usual review time, then at doubling intervals up to six hours. Ends when
 * the template is deleted.
 */
export async function templateLifecycleWorkflow(input: TemplateLifecycleInput): Promise<void> {
  let status = input.status;
  let pollAttempt = input.pollAttempt ?? 0;
  let submitted = input.status !== 'SUBMITTING';
  let ended = false;
  // Set by an update that changes what the main loop waits for (a submission starts a review to
  // watch, an unpause restarts the polls): the loop then works out its wait anew.
  let rearm = false;
  const seen: string[] = [...(input.seenEventKeys ?? [])];
  const events: TemplatePlatformEvent[] = [];

  setHandler(templatePlatformEventSignal, (event) => {
    // Remembered as soon as taken, not once recorded: a redelivery that comes while the first
    // delivery is being recorded is a duplicate too.
    if (seen.includes(event.eventKey)) return;
    seen.push(event.eventKey);
    if (seen.length > rememberedEvents) seen.shift();
    events.push(event);
  });
  setHandler(submitTemplateUpdate, async () => {
    try {
      const result = await activities.submitTemplate({ templateId: input.templateId });
      status = result.status;
      submitted = true;
      pollAttempt = 0;
      rearm = true;
      return result;
    } catch (error) {
      // A new template WhatsApp refused was never created: nothing is left to watch.
      if (!submitted) ended = true;
      throw refusalOf(error);
    }
  });
  setHandler(unpauseTemplateUpdate, async ({ actorUserId }) => {
    if (status !== 'PAUSED')
      throw ApplicationFailure.nonRetryable(`the template is ${status}, not paused`, 'NotPaused');
    try {
      await activities.unpauseTemplate({ templateId: input.templateId, actorUserId });
    } catch (error) {
      throw refusalOf(error);
    }
    pollAttempt = 0;
    rearm = true;
  });
  setHandler(deleteTemplateUpdate, async () => {
    let result: DeletedTemplate;
    try {
      result = await activities.deleteTemplate({ templateId: input.templateId });
    } catch (error) {
      throw refusalOf(error);
    }
    ended = true;
    return result;
  });

  for (;;) {
    const watching = watchedTemplateStatuses.includes(status) && submitted;
    const delay = Math.min(input.reviewPollAfterMs * 2 ** pollAttempt, maxTemplatePollIntervalMs);
    const wake = () => events.length > 0 || ended || rearm;
    // Without a timeout `condition` resolves to undefined, not true: only a timed wait can time out.
    const woke = watching ? await condition(wake, delay) : (await condition(wake), true);
    rearm = false;
    if (ended) break;
    if (!woke) {
      const polled = await activities.pollTemplate({ templateId: input.templateId }).catch((error) => {
        // WhatsApp out of reach beyond the retries: the next poll, further off, asks again.
        if (error instanceof ActivityFailure) return null;
        throw error;
      });
      if (polled === null) pollAttempt += 1;
      else {
        if (!polled.exists) break;
        pollAttempt = polled.status === status ? pollAttempt + 1 : 0;
        status = polled.status;
      }
    }
    while (events.length > 0) {
      const event = events.shift()!;
      const recorded = await recordTemplateEvent({ templateId: input.templateId, event });
      if (!recorded.exists) {
        ended = true;
        break;
      }
      if (recorded.status !== status) pollAttempt = 0;
      status = recorded.status;
      // WhatsApp speaking of it means it has the template, whoever submitted it.
      if (status !== 'SUBMITTING') submitted = true;
    }
    if (ended) break;
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > maxHistoryEvents) {
      await condition(allHandlersFinished);
      // A signal taken or a deletion finished during that wait is handled by this run first.
      if (ended || events.length > 0) continue;
      await continueAsNew<typeof templateLifecycleWorkflow>({
        templateId: input.templateId,
        status,
        reviewPollAfterMs: input.reviewPollAfterMs,
        seenEventKeys: seen,
        pollAttempt,
      });
    }
  }
  await condition(allHandlersFinished);
}
