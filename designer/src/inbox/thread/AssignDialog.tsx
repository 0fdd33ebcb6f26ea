import type { Conversation } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { Dialog } from '../../ui/Dialog';
import { assignConversation } from '../thread-work.api';
import { useMoveTargets } from './agent-choices';
import { RoutingAlert } from './RoutingAlert';
import { AgentSelect } from './TargetSelects';
import { useConversationMove } from './use-conversation-move';

interface Props {
  conversation: Conversation;
  onClose: () => void;
  /** Done: what to announce. */
  onMoved: (announcement: string) => void;
}

/** "Assign…": gives the conversation to an agent (never past their capacity; the engine refuses). */
export function AssignDialog({ conversation, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const targets = useMoveTargets(conversation, true, locale);
  const [userId, setUserId] = useState('');
  const move = useConversationMove(conversation.id, (announcement) => {
    onMoved(announcement);
    onClose();
  });
  const agent = targets.agents.find((a) => a.id === userId);
  return (
    <Dialog title={t('threadWork.assign.title')} onClose={onClose}>
      <form
        className="form form--inline"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!agent || move.isPending) return;
          move.mutate({
            run: () => assignConversation(conversation.id, agent.id),
            agentName: agent.name,
            done: t('threadWork.done.assigned', { agent: agent.name }),
          });
        }}
      >
        <AgentSelect
          choices={targets.agents}
          value={userId}
          onChange={(id) => {
            setUserId(id);
            move.reset();
          }}
          teamName={conversation.team?.name ?? null}
          loading={targets.agentsLoading}
          error={targets.agentsError}
          onRetry={targets.retryAgents}
        />
        <RoutingAlert error={move.error} agentName={move.variables?.agentName} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!agent || move.isPending}
            aria-busy={move.isPending || undefined}
            data-testid="assign-submit"
          >
            {t('threadWork.assign.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
