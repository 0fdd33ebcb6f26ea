import type { FlowSummary } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../ui/DeleteButton';
import type { Feedback } from '../../ui/use-feedback';
import { deleteFlow } from '../flows.api';
import { flowDeleted } from '../flows.cache';

/** Deletes a flow after asking, saying what happens to its runs; the outcome is announced above the list. */
export function DeleteFlowButton({ flow, feedback }: { flow: FlowSummary; feedback: Feedback }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <DeleteButton
      name={flow.name}
      label={t('flowsPage.delete.button')}
      title={t('flowsPage.delete.title', { name: flow.name })}
      confirmLabel={t('flowsPage.delete.confirm')}
      done={t('flowsPage.delete.done', { name: flow.name })}
      remove={() => deleteFlow(flow.id)}
      onDeleted={() => void flowDeleted(queryClient, flow.id)}
      feedback={feedback}
      testId="flow-delete"
    >
      <p>{t('flowsPage.delete.body')}</p>
      {flow.runningCount > 0 && <p>{t('flowsPage.delete.running', { count: flow.runningCount })}</p>}
    </DeleteButton>
  );
}
