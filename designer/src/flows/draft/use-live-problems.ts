import { validateFlow, type FlowProblem } from '@parley/workflows/flows';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { validationContextQuery } from '../flows.api';
import type { DraftReading } from './draft-text';

/**
 * The draft's problems as the admin types, from the same validator the engine publishes with,
 * against the organisation as it is now (its channels, templates, teams, secrets and hosts).
 * Null while the text isn't JSON or the context is still being read.
 */
export function useLiveProblems(flowId: string, reading: DraftReading) {
  const context = useQuery(validationContextQuery(flowId));
  const deferred = useDeferredValue(reading);
  const problems = useMemo<FlowProblem[] | null>(
    () =>
      deferred.kind === 'json' && context.data ? validateFlow(deferred.value, context.data).problems : null,
    [deferred, context.data],
  );
  return { problems, context };
}
