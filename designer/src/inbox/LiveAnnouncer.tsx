import type { Message } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { messageSummary, messageView } from './content/message-view';

/** Reads out inbound messages as they arrive live; always mounted so screen readers track it. */
export function LiveAnnouncer({ message, from }: { message: Message | null; from: string }) {
  const { t } = useI18n();
  const text = message ? t.message.newFrom(from, messageSummary(messageView(message), t)) : '';
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
