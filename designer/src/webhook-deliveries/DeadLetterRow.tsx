import type { DeadLetter } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { DeadLetterStatus } from './DeadLetterStatus';

/** One unreadable delivery: when, from which channel and account, what was wrong, and its state. */
export function DeadLetterRow({ deadLetter }: { deadLetter: DeadLetter }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const received = formatDateTime(deadLetter.receivedAt, locale);
  return (
    <tr>
      <th scope="row">
        <Link
          to="/settings/webhook-deliveries/$deadLetterId"
          params={{ deadLetterId: deadLetter.id }}
          aria-label={t('deliveries.open', { date: received })}
        >
          {received}
        </Link>
      </th>
      <td>
        <ChannelBadge channel={deadLetter.channel} />
      </td>
      <td>
        {deadLetter.channelAccount?.name ?? <span className="muted">{t('deliveries.unknownAccount')}</span>}
      </td>
      <td className="table__wrap-text">{deadLetter.error}</td>
      <td>
        <DeadLetterStatus deadLetter={deadLetter} />
      </td>
    </tr>
  );
}
