import type { ChannelAccount } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The last step of connecting: the new account, with a link to its page. Takes focus, so it is read. */
export function ConnectedNotice({ account, onClose }: { account: ChannelAccount; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="connected-notice" role="status">
      <h3 ref={heading} tabIndex={-1} className="connected-notice__title">
        {t('integrations.connected.title', { name: account.name })}
      </h3>
      <p>{t('integrations.connected.body')}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <Link
          className="button button--primary"
          to="/settings/integrations/$accountId"
          params={{ accountId: account.id }}
          onClick={onClose}
        >
          {t('integrations.connected.open', { name: account.name })}
        </Link>
      </div>
    </div>
  );
}
