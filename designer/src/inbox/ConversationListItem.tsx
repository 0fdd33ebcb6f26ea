import type { Conversation } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatFull, formatRelative } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { Avatar } from './Avatar';
import { ChannelBadge } from './ChannelBadge';
import { contactDisplay } from './contact';
import { ConversationOwner, QueueWait } from './list/ConversationOwner';
import { UsernameOnlyHint } from './UsernameOnlyHint';
import { WindowCountdown } from './window/WindowCountdown';

interface Props {
  conversation: Conversation;
  now: Date;
  /** The signed-in person ("you" as the assignee). */
  me: string;
  /** In the queue the item leads with how long it has waited. */
  queue?: boolean;
}

export function ConversationListItem({ conversation: c, now, me, queue = false }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const who = contactDisplay(c);
  const readOnly = !c.channelAccount.enabled || !c.channelAccount.connected;
  return (
    <li>
      <Link
        className="conversation-item"
        to="/inbox/$conversationId"
        params={{ conversationId: c.id }}
        activeOptions={{ exact: true, includeSearch: false }}
        data-conversation-id={c.id}
      >
        <Avatar seed={c.contact.id} name={c.contact.name} />
        <span className="conversation-item__body">
          <span className="conversation-item__top">
            <span className="conversation-item__name">{who.label ?? t('inbox.contact.unknown')}</span>
            <ChannelBadge channel={c.channel} />
            {queue && c.queuedAt ? (
              <QueueWait queuedAt={c.queuedAt} now={now} />
            ) : (
              <time
                className="conversation-item__time"
                dateTime={c.lastMessageAt}
                title={formatFull(c.lastMessageAt, locale)}
              >
                {formatRelative(c.lastMessageAt, now, locale, t)}
              </time>
            )}
          </span>
          <span className="conversation-item__middle">
            <span className={`conversation-item__preview${c.lastMessagePreview === null ? ' is-muted' : ''}`}>
              {c.lastMessagePreview ?? t('inbox.list.noPreview')}
            </span>
            {c.unreadCount > 0 && (
              <span className="conversation-item__unread">
                <span aria-hidden="true">{c.unreadCount}</span>
                <span className="visually-hidden">{t('inbox.list.unread', { count: c.unreadCount })}</span>
              </span>
            )}
          </span>
          <span className="conversation-item__account">
            {who.usernameOnly && <UsernameOnlyHint />}
            <span className="conversation-item__account-name">{c.channelAccount.name}</span>
            <WindowCountdown window={c.window} now={now} testId="list-window-countdown" />
            {readOnly && (
              <span className="conversation-item__off">
                {' · '}
                {c.channelAccount.connected
                  ? t('inbox.list.accountOff')
                  : t('inbox.list.accountDisconnected')}
              </span>
            )}
          </span>
          <ConversationOwner conversation={c} me={me} now={now} showWait={queue} />
        </span>
      </Link>
    </li>
  );
}
