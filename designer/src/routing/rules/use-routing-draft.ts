import type { RoutingRules } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useReducer, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { routingRulesQuery, saveRoutingRules } from '../routing-rules.api';
import { routingDraftReducer, sameRouting } from './routing-draft';
import { placeRoutingIssues, type RoutingRefusal } from './routing-issues';

/**
 * The routing being edited, from the saved one: changed in the page, saved whole with one PUT.
 * A refused save leaves the draft as it is; what the API found is told in the alert and by each rule.
 */
export function useRoutingDraft(saved: RoutingRules) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(saved);
  const [draft, dispatch] = useReducer(routingDraftReducer, saved);
  const [refusal, setRefusal] = useState<(RoutingRefusal & { error: ApiError }) | null>(null);
  const save = useMutation({
    mutationFn: saveRoutingRules,
    onSuccess: (next) => queryClient.setQueryData(routingRulesQuery.queryKey, next),
  });
  const dirty = !sameRouting(draft, base);

  const submit = async () => {
    setRefusal(null);
    const sent = draft;
    try {
      const next = await save.mutateAsync(sent);
      setBase(next);
      dispatch({ type: 'reset', routing: next });
    } catch (e) {
      const error = toApiError(e);
      setRefusal({ ...placeRoutingIssues(error.issues, sent.rules), error });
    }
  };

  return {
    draft,
    dispatch,
    dirty,
    submit,
    saving: save.isPending,
    saved: save.isSuccess && !dirty,
    refusal,
  };
}
