import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { useLiveSignals } from '../live/live-events';
import { useCan } from '../shell/use-session';
import { formatCredits } from './credit-format';
import { creditAccountQuery } from './credits.api';

/**
 * For admins: a banner while the balance is below the low-balance threshold, and the moment it
 * falls there (`credits.low_balance`) read out. The account is read again on every reconnection.
 */
export function LowBalanceBanner() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const admin = useCan('credits:manage');
  const account = useQuery({ ...creditAccountQuery, enabled: admin }).data;
  const [announcement, setAnnouncement] = useState('');
  useLiveSignals((signal) => {
    if (!admin) return;
    if (signal.kind === 'open') void queryClient.invalidateQueries({ queryKey: creditAccountQuery.queryKey });
    else if (signal.event.type === 'credits.low_balance')
      setAnnouncement(
        t('credits.low.announce', {
          balance: formatCredits(signal.event.balance, locale),
          threshold: formatCredits(signal.event.threshold, locale),
        }),
      );
  });
  if (!admin) return null;
  return (
    <>
      {account?.low && (
        <p className="banner banner--warning" data-testid="credits-low-banner">
          <span className="banner__icon" aria-hidden="true">
            !
          </span>
          <span>
            {t('credits.low.banner', { balance: formatCredits(account.balance, locale) })}{' '}
            <Link to="/settings/credits">{t('credits.low.buy')}</Link>
          </span>
        </p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
