import type { ChannelAccount } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { Badge } from '../ui/Badge';

/** On, off (by whom and when) or disconnected (when): what everyone may see of an account's switch. */
export function AccountState({ account }: { account: ChannelAccount }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : null);
  let badge;
  let detail: string | null = null;
  if (!account.connected) {
    badge = <Badge tone="danger">{t('integrations.state.disconnected')}</Badge>;
    const date = when(account.disconnectedAt);
    if (date) detail = t('integrations.state.disconnectedAt', { date });
  } else if (!account.enabled) {
    badge = <Badge tone="warning">{t('integrations.state.off')}</Badge>;
    const date = when(account.disabledAt);
    if (date && account.disabledBy)
      detail = t('integrations.state.offBy', { name: account.disabledBy.name, date });
    else if (date) detail = t('integrations.state.offAt', { date });
  } else {
    badge = <Badge tone="success">{t('integrations.state.on')}</Badge>;
  }
  return (
    <p className="account-state">
      {badge}
      {detail && <span className="account-state__detail">{detail}</span>}
    </p>
  );
}
