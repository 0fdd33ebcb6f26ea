import type { ChannelAccountSummary } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * Why a conversation cannot be answered from Parley: its account is turned off (messages are
 * still stored, nothing is sent or automated) or disconnected. Links to the account's page.
 */
export function ReadOnlyNotice({ account }: { account: ChannelAccountSummary }) {
  const { t } = useTranslation();
  if (account.enabled && account.connected) return null;
  const off = account.connected;
  return (
    <div className="notice notice--warning thread-notice" role="note" aria-labelledby="read-only-title">
      <p id="read-only-title" className="notice__title">
        {off
          ? t('inbox.readOnly.offTitle', { account: account.name })
          : t('inbox.readOnly.disconnectedTitle', { account: account.name })}
      </p>
      <p>{off ? t('inbox.readOnly.offBody') : t('inbox.readOnly.disconnectedBody')}</p>
      <p>
        <Link to="/settings/integrations/$accountId" params={{ accountId: account.id }}>
          {off ? t('inbox.readOnly.offLink') : t('inbox.readOnly.disconnectedLink')}
        </Link>
      </p>
    </div>
  );
}
