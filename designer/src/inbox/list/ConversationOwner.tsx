import type { Conversation } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatFull } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { Badge } from '../../ui/Badge';
import { contactInitials } from '../contact';
import { waitedMinutes, waitText } from './queue-wait';

interface Props {
  conversation: Conversation;
  me: string;
  now: Date;
  /** The queue shows the wait at the top of the item, in place of the last message's time. */
  showWait: boolean;
}

/**
 * Who has the conversation: the agent (a small avatar and their name), "Queued in Sales" with how
 * long it has waited, or "Unassigned"; and a badge when it is snoozed or closed.
 */
export function ConversationOwner({ conversation: c, me, now, showWait }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const status = c.status ?? 'open';
  const queued =
    !c.assignee && status === 'open' && c.queuedAt && c.team ? { at: c.queuedAt, team: c.team } : null;
  let owner;
  if (c.assignee) {
    const name = c.assignee.id === me ? t('inboxWork.owner.you', { name: c.assignee.name }) : c.assignee.name;
    owner = (
      <span className="owner owner--assigned" data-testid="conversation-owner">
        <span className="avatar avatar--tiny" aria-hidden="true">
          {contactInitials(c.assignee.name) ?? '?'}
        </span>
        <span className="visually-hidden">{t('inboxWork.owner.assignedTo')} </span>
        <span className="owner__name">{name}</span>
      </span>
    );
  } else if (queued) {
    const waited = waitText(waitedMinutes(queued.at, now), t);
    owner = (
      <span className="owner owner--queued" data-testid="conversation-owner">
        <span className="owner__name">{t('inboxWork.owner.queuedIn', { team: queued.team.name })}</span>
        {!showWait && (
          <span
            className="owner__wait"
            title={t('inboxWork.owner.queuedSince', { time: formatFull(queued.at, locale) })}
          >
            {t('inboxWork.owner.waiting', { time: waited })}
          </span>
        )}
      </span>
    );
  } else {
    owner = (
      <span className="owner owner--none" data-testid="conversation-owner">
        <span className="owner__name">{t('inboxWork.owner.unassigned')}</span>
        {c.team && <span className="owner__team">{c.team.name}</span>}
      </span>
    );
  }
  return (
    <span className="conversation-item__owner">
      {owner}
      {status !== 'open' && (
        <span data-testid="conversation-status">
          <Badge tone={status === 'snoozed' ? 'info' : 'neutral'}>
            {t(`inboxWork.filters.statuses.${status}`)}
          </Badge>
        </span>
      )}
    </span>
  );
}

/** The queue's wait, at the top of an item: "12m", titled with when it joined the queue. */
export function QueueWait({ queuedAt, now }: { queuedAt: string; now: Date }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <time
      className="conversation-item__time conversation-item__wait"
      dateTime={queuedAt}
      title={t('inboxWork.owner.queuedSince', { time: formatFull(queuedAt, locale) })}
      data-testid="queue-wait"
    >
      <span className="visually-hidden">{t('inboxWork.owner.waitedFor')} </span>
      {waitText(waitedMinutes(queuedAt, now), t)}
    </time>
  );
}
