import type { Conversation } from '../api/types';
import { formatFull, formatRelative } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { Avatar } from './Avatar';
import { ChannelBadge } from './ChannelBadge';
import { contactLabel } from './contact';
import { conversationHref } from './route';

interface Props {
  conversation: Conversation;
  selected: boolean;
  now: Date;
}

export function ConversationListItem({ conversation: c, selected, now }: Props) {
  const { t, locale } = useI18n();
  return (
    <li>
      <a
        className="conversation-item"
        href={conversationHref(c.id)}
        aria-current={selected ? 'page' : undefined}
        data-conversation-id={c.id}
      >
        <Avatar contact={c.contact} />
        <span className="conversation-item__body">
          <span className="conversation-item__top">
            <span className="conversation-item__name">{contactLabel(c)}</span>
            <ChannelBadge channel={c.channel} />
            <time
              className="conversation-item__time"
              dateTime={c.lastMessageAt}
              title={formatFull(c.lastMessageAt, locale)}
            >
              {formatRelative(c.lastMessageAt, now, locale, t)}
            </time>
          </span>
          <span className={`conversation-item__preview${c.lastMessagePreview === null ? ' is-muted' : ''}`}>
            {c.lastMessagePreview ?? t.list.noPreview}
          </span>
        </span>
      </a>
    </li>
  );
}
