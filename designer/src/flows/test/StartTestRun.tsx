import type { Conversation } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';
import { startTestRun, testRunsQuery } from '../flow-runs.api';
import { conversationLabel } from './conversation-label';
import { TestRunFailure } from './TestRunFailure';

interface Props {
  flowId: string;
  /** The draft, to name the nodes of the problems that stop it from running. */
  graph: FlowGraph;
  conversations: UseQueryResult<Conversation[], ApiError>;
  onStarted: (runId: string) => void;
}

/** Picks the sandbox customer's conversation and runs the saved draft on it. */
export function StartTestRun({ flowId, graph, conversations, onStarted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const selectId = useId();
  const hintId = useId();
  const [chosen, setChosen] = useState('');
  const start = useMutation({
    mutationFn: (conversationId: string) => startTestRun(flowId, conversationId),
    onSuccess: async (run) => {
      onStarted(run.id);
      await queryClient.invalidateQueries({ queryKey: testRunsQuery(flowId).queryKey });
    },
  });
  const list = conversations.data ?? [];
  const conversationId = chosen || list[0]?.id || '';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (conversationId) start.mutate(conversationId);
  };

  return (
    <form className="form section" onSubmit={onSubmit} noValidate data-testid="flow-test-start">
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('flowTest.conversation')}
        </label>
        <p id={hintId} className="field__hint">
          {t('flowTest.conversationHint')}
        </p>
        {conversations.isError ? (
          <p className="inline-error">{errorText(conversations.error, t)}</p>
        ) : (
          <select
            id={selectId}
            className="field__input"
            value={conversationId}
            onChange={(e) => setChosen(e.target.value)}
            aria-describedby={hintId}
            disabled={list.length === 0}
            data-testid="flow-test-conversation"
          >
            {conversations.isPending && <option value="">{t('common.loading')}</option>}
            {conversations.isSuccess && list.length === 0 && (
              <option value="">{t('flowTest.noConversations')}</option>
            )}
            {list.map((conversation) => (
              <option key={conversation.id} value={conversation.id}>
                {conversationLabel(conversation, t)}
              </option>
            ))}
          </select>
        )}
      </div>
      <TestRunFailure error={start.error} graph={graph} />
      <div className="form__row">
        <button
          type="submit"
          className="button button--primary"
          disabled={!conversationId || start.isPending}
          data-testid="flow-test-run"
        >
          {start.isPending ? t('flowTest.starting') : t('flowTest.run')}
        </button>
      </div>
    </form>
  );
}
