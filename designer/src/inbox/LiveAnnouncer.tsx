import type { Message } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { messageSummary, messageView } from './content/message-view';

/** Reads out inbound messages as they arrive live; always mounted so screen readers track it. */
export function LiveAnnouncer({ message, from }: { message: Message | null; from: string }) {
  const { t } = useTranslation();
  const text = message
    ? t('inbox.message.newFrom', { name: from, text: messageSummary(messageView(message), t) })
    : '';
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
