import type { DeadLetter } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { Badge } from '../ui/Badge';

/** Not replayed, or replayed (when). */
export function DeadLetterStatus({ deadLetter }: { deadLetter: DeadLetter }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (deadLetter.status === 'pending') return <Badge tone="warning">{t('deliveries.pending')}</Badge>;
  return (
    <Badge tone="success">
      {deadLetter.replayedAt
        ? t('deliveries.replayedOn', { date: formatDateTime(deadLetter.replayedAt, locale) })
        : t('deliveries.replayed')}
    </Badge>
  );
}
