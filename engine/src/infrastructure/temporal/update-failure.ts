import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ApiError } from '../http/api-error.js';

/**
 * The application failure a workflow update failed with — its validator's rejection, or an
 * activity's, which arrives wrapped in the ActivityFailure of the update's activity; undefined
 * when the update did not fail inside the workflow.
 */
export function updateFailure(error: unknown): ApplicationFailure | undefined {
  let cause: unknown = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
  while (cause instanceof Error && !(cause instanceof ApplicationFailure)) cause = cause.cause;
  return cause instanceof ApplicationFailure ? cause : undefined;
}

/** What an update's caller answers when Temporal itself could not be reached. */
export const temporalUnavailable = () =>
  new ApiError(
    503,
    'TEMPORAL_UNAVAILABLE',
    'Parley’s workflow engine is not reachable; try again in a moment',
  );
