import type { FlowSummary } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../ui/use-feedback';
import { duplicateFlow } from '../flows.api';
import { flowSaved } from '../flows.cache';

/** Copies a flow's draft into a new flow (never published, active nowhere); announced above the list. */
export function DuplicateFlowButton({ flow, feedback }: { flow: FlowSummary; feedback: Feedback }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const duplicate = useMutation({
    mutationFn: () => duplicateFlow(flow.id),
    onSuccess: async (copy) => {
      feedback.announce(t('flowsPage.duplicate.done', { name: flow.name, copy: copy.name }));
      await flowSaved(queryClient, copy);
    },
    onError: feedback.fail,
  });
  return (
    <button
      type="button"
      className="button button--small"
      onClick={() => duplicate.mutate()}
      disabled={duplicate.isPending}
      data-testid="flow-duplicate"
    >
      {t('flowsPage.duplicate.button')}
      <span className="visually-hidden"> {flow.name}</span>
    </button>
  );
}
