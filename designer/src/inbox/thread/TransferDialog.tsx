import { transferConversationSchema, transferNoteLength, type Conversation } from '@parley/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { Dialog } from '../../ui/Dialog';
import { transferConversation } from '../thread-work.api';
import { useMoveTargets } from './agent-choices';
import { RoutingAlert } from './RoutingAlert';
import { AgentSelect, TeamSelect } from './TargetSelects';
import { useConversationMove } from './use-conversation-move';

interface Props {
  conversation: Conversation;
  onClose: () => void;
  onMoved: (announcement: string) => void;
}

export type TransferTarget = 'agent' | 'team';

/**
 * The body of a transfer, checked by the contract: to an agent or to a team's queue, with the note
 * trimmed (left out when empty); null when no target is chosen or the note is too long.
 */
export function transferBody(target: TransferTarget, userId: string, teamId: string, note: string) {
  const trimmed = note.trim();
  const body = {
    ...(target === 'agent' ? { userId: userId || undefined } : { teamId: teamId || undefined }),
    ...(trimmed ? { note: trimmed } : {}),
  };
  const parsed = transferConversationSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** "Transfer…": to an agent, or to a team's queue, with an optional note the thread shows them. */
export function TransferDialog({ conversation, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const noteId = useId();
  const targets = useMoveTargets(conversation, true, locale);
  const [target, setTarget] = useState<TransferTarget>('agent');
  const [userId, setUserId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [note, setNote] = useState('');
  const move = useConversationMove(conversation.id, (announcement) => {
    onMoved(announcement);
    onClose();
  });
  // As the contract counts: the trimmed note's length.
  const noteCount = note.trim().length;
  const noteTooLong = noteCount > transferNoteLength;
  const body = transferBody(target, userId, teamId, note);
  const agent = targets.agents.find((a) => a.id === userId);
  const team = targets.teams.find((candidate) => candidate.id === teamId);
  const changed = () => move.reset();

  return (
    <Dialog title={t('threadWork.transfer.title')} onClose={onClose}>
      <form
        className="form form--inline"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!body || move.isPending) return;
          const to = target === 'agent' ? agent?.name : team?.name;
          move.mutate({
            run: () => transferConversation(conversation.id, body),
            agentName: target === 'agent' ? agent?.name : undefined,
            done: t('threadWork.done.transferred', { target: to ?? '' }),
          });
        }}
      >
        <fieldset className="fieldset transfer-target">
          <legend>{t('threadWork.transfer.to')}</legend>
          {(['agent', 'team'] as const).map((option) => (
            <label key={option} className="transfer-target__option">
              <input
                type="radio"
                name="transfer-target"
                value={option}
                checked={target === option}
                onChange={() => {
                  setTarget(option);
                  changed();
                }}
                data-testid={`transfer-to-${option}`}
              />{' '}
              {t(`threadWork.transfer.${option}`)}
            </label>
          ))}
        </fieldset>
        {target === 'agent' ? (
          <AgentSelect
            choices={targets.agents}
            value={userId}
            onChange={(id) => {
              setUserId(id);
              changed();
            }}
            teamName={conversation.team?.name ?? null}
            loading={targets.agentsLoading}
            error={targets.agentsError}
            onRetry={targets.retryAgents}
          />
        ) : (
          <TeamSelect
            teams={targets.teams}
            value={teamId}
            onChange={(id) => {
              setTeamId(id);
              changed();
            }}
            currentTeamId={conversation.team?.id ?? null}
            loading={targets.teamsLoading}
            error={targets.teamsError}
            onRetry={targets.retryTeams}
          />
        )}
        <div className="field">
          <label className="field__label" htmlFor={noteId}>
            {t('threadWork.transfer.note')}
          </label>
          <p id={`${noteId}-hint`} className="field__hint">
            {t('threadWork.transfer.noteHint')}
          </p>
          <textarea
            id={noteId}
            className="field__input field__input--textarea"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteTooLong || undefined}
            aria-describedby={`${noteId}-hint ${noteId}-counter`}
            data-testid="transfer-note"
          />
          <p
            id={`${noteId}-counter`}
            className={`field__counter${noteTooLong ? ' field__counter--over' : ''}`}
          >
            {t('forms.characters', { count: noteCount, max: transferNoteLength })}
          </p>
        </div>
        <RoutingAlert error={move.error} agentName={move.variables?.agentName} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!body || move.isPending}
            aria-busy={move.isPending || undefined}
            data-testid="transfer-submit"
          >
            {t('threadWork.transfer.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
