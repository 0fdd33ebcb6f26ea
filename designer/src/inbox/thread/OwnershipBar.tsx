import type { Conversation, ConversationRouting, ConversationStatus } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { useLocale } from '../../i18n/use-locale';
import { useSession } from '../../shell/use-session';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import {
  assignConversation,
  closeConversation,
  reopenConversation,
  returnToAutomation,
} from '../thread-work.api';
import { useNow } from '../use-now';
import { AssignDialog } from './AssignDialog';
import { formatWait, mayMove, ownershipActions, ownershipOf, type Caller, type Ownership } from './ownership';
import { RoutingAlert } from './RoutingAlert';
import { SnoozeDialog } from './SnoozeDialog';
import { TransferDialog } from './TransferDialog';
import { useConversationMove } from './use-conversation-move';

const statusTone: Record<ConversationStatus, BadgeTone> = {
  open: 'success',
  snoozed: 'warning',
  closed: 'neutral',
};

/** "Assigned to Sato (you) in Billing", "Queued in Billing for 12 min", "Unassigned — automation replies". */
export function ownerText(ownership: Ownership, meId: string, now: Date, t: Translate): string {
  switch (ownership.kind) {
    case 'assigned': {
      const { assignee, team } = ownership;
      const agent = assignee.id === meId ? t('threadWork.owner.you', { name: assignee.name }) : assignee.name;
      return team
        ? t('threadWork.owner.assignedInTeam', { agent, team: team.name })
        : t('threadWork.owner.assigned', { agent });
    }
    case 'queued':
      return ownership.queuedAt
        ? t('threadWork.owner.queued', {
            team: ownership.team.name,
            wait: formatWait(now.getTime() - Date.parse(ownership.queuedAt), t),
          })
        : t('threadWork.owner.queuedNoTime', { team: ownership.team.name });
    case 'team':
      return t('threadWork.owner.team', { team: ownership.team.name });
    case 'automation':
      return t('threadWork.owner.automation');
  }
}

/** "Open", "Snoozed until 2 Jan 2025, 09:00" (when this browser snoozed it), "Closed". */
export function statusText(
  status: ConversationStatus,
  snoozedUntil: string | null,
  locale: string,
  t: Translate,
): string {
  if (status === 'snoozed' && snoozedUntil)
    return t('threadWork.status.snoozedUntil', { time: formatDateTime(snoozedUntil, locale) });
  return t(`threadWork.status.${status}`);
}

type DialogName = 'assign' | 'transfer' | 'snooze' | 'automation';

interface Props {
  conversation: Conversation;
  /** Reloads the inbox's conversation after a move (the live stream also brings it). */
  onMoved: () => void;
}

/**
 * Under the thread's header: who has the conversation and its state, and the manual moves the
 * caller may make — assign to me, assign, transfer, snooze, close, reopen, back to automation —
 * each reporting a refusal in words (an agent at capacity or offline, not open, another's).
 */
export function OwnershipBar({ conversation, onMoved }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const session = useSession();
  const now = useNow(30_000);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const moved = (message: string) => {
    setAnnouncement(message);
    onMoved();
  };
  const move = useConversationMove(conversation.id, moved);
  const automation = useConversationMove(conversation.id, (message) => {
    setDialog(null);
    moved(message);
  });

  const state = ownershipOf(conversation);
  if (!state) return null;
  const { status, ownership } = state;
  const caller: Caller = {
    userId: session.user.id,
    maySend: session.permissions.includes('messages:send'),
    mayManage: session.permissions.includes('routing:manage'),
  };
  const actions = ownershipActions(status, ownership, caller);
  const snoozedUntil = status === 'snoozed' ? (conversation.snoozedUntil ?? null) : null;
  const open = (name: DialogName) => {
    move.reset();
    setAnnouncement('');
    setDialog(name);
  };
  const run = (request: () => Promise<ConversationRouting>, done: string, agentName?: string) => {
    setAnnouncement('');
    move.mutate({ run: request, done, agentName });
  };
  const id = conversation.id;
  const button = (name: string, label: string, onClick: () => void, primary = false) => (
    <button
      type="button"
      className={`button button--small${primary ? ' button--primary' : ''}`}
      onClick={onClick}
      disabled={move.isPending}
      data-testid={`ownership-${name}`}
    >
      {label}
    </button>
  );

  return (
    <section
      className="ownership-bar"
      aria-label={t('threadWork.ownership.label')}
      data-testid="ownership-bar"
    >
      <p className="ownership-bar__summary">
        <span data-testid="ownership-status">
          <Badge tone={statusTone[status]}>{statusText(status, snoozedUntil, locale, t)}</Badge>
        </span>
        <span className="ownership-bar__owner" data-testid="ownership-owner">
          {ownerText(ownership, caller.userId, now, t)}
        </span>
      </p>
      {caller.maySend && !mayMove(ownership, caller) && (
        <p className="ownership-bar__hint" data-testid="ownership-not-yours">
          {t('threadWork.ownership.notYours')}
        </p>
      )}
      {Object.values(actions).some(Boolean) && (
        <div className="ownership-bar__actions" role="group" aria-label={t('threadWork.ownership.actions')}>
          {actions.assignToMe &&
            button(
              'assign-me',
              t('threadWork.action.assignToMe'),
              () =>
                run(
                  () => assignConversation(id, caller.userId),
                  t('threadWork.done.assignedToYou'),
                  session.user.name,
                ),
              true,
            )}
          {actions.assign && button('assign', t('threadWork.action.assign'), () => open('assign'))}
          {actions.transfer && button('transfer', t('threadWork.action.transfer'), () => open('transfer'))}
          {actions.snooze && button('snooze', t('threadWork.action.snooze'), () => open('snooze'))}
          {actions.reopen &&
            button('reopen', t('threadWork.action.reopen'), () =>
              run(() => reopenConversation(id), t('threadWork.done.reopened')),
            )}
          {actions.close &&
            button('close', t('threadWork.action.close'), () =>
              run(() => closeConversation(id), t('threadWork.done.closed')),
            )}
          {actions.returnToAutomation &&
            button('automation', t('threadWork.action.returnToAutomation'), () => open('automation'))}
        </div>
      )}
      <RoutingAlert error={move.error} agentName={move.variables?.agentName} />
      <p role="status" className="visually-hidden" data-testid="ownership-announcement">
        {announcement}
      </p>
      {dialog === 'assign' && (
        <AssignDialog conversation={conversation} onClose={() => setDialog(null)} onMoved={moved} />
      )}
      {dialog === 'transfer' && (
        <TransferDialog conversation={conversation} onClose={() => setDialog(null)} onMoved={moved} />
      )}
      {dialog === 'snooze' && (
        <SnoozeDialog conversation={conversation} onClose={() => setDialog(null)} onMoved={moved} />
      )}
      {dialog === 'automation' && (
        <ConfirmDialog
          title={t('threadWork.automation.title')}
          confirmLabel={t('threadWork.automation.confirm')}
          pending={automation.isPending}
          error={null}
          onConfirm={() =>
            automation.mutate({
              run: () => returnToAutomation(id),
              done: t('threadWork.done.returnedToAutomation'),
            })
          }
          onClose={() => {
            automation.reset();
            setDialog(null);
          }}
        >
          <p>{t('threadWork.automation.body')}</p>
          <p>{t('threadWork.automation.again')}</p>
          <RoutingAlert error={automation.error} />
        </ConfirmDialog>
      )}
    </section>
  );
}
