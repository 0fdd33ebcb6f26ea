import type { Message } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../i18n/translate';
import { scrollToMessage } from '../message-anchor';

type Quoted = NonNullable<Message['replyTo']>;

const kinds = ['image', 'video', 'audio', 'document', 'sticker', 'location', 'contacts', 'template'] as const;
const isKind = (type: string | null): type is (typeof kinds)[number] =>
  (kinds as readonly (string | null)[]).includes(type);

/** The quoted message's words: its text, or the kind of message it was. */
function quotedText(quoted: Quoted, t: Translate): string {
  if (quoted.text?.trim()) return quoted.text;
  return isKind(quoted.type) ? t(`inbox.content.kind.${quoted.type}`) : t('inbox.quote.message');
}

/** The message a customer answered, above their reply; a click shows it when it is in the thread. */
export function QuotedReply({ quoted, contactName }: { quoted: Quoted; contactName: string }) {
  const { t } = useTranslation();
  const who =
    quoted.direction === 'inbound'
      ? contactName
      : quoted.direction === 'outbound'
        ? t('inbox.quote.you')
        : t('inbox.quote.earlier');
  const content = (
    <>
      <span className="quote__who">{who}</span>
      <span className="quote__text">{quotedText(quoted, t)}</span>
    </>
  );
  const target = quoted.messageId;
  if (target === null)
    return (
      <div className="quote" data-testid="quoted-reply">
        {content}
      </div>
    );
  return (
    <button
      type="button"
      className="quote quote--link"
      onClick={() => scrollToMessage(target)}
      data-testid="quoted-reply"
    >
      <span className="visually-hidden">{t('inbox.quote.show')} </span>
      {content}
    </button>
  );
}
