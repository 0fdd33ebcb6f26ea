import type { ChannelAccount } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { Feedback } from '../ui/use-feedback';
import { useDisconnectAccount } from './use-account-mutations';

/** Disconnects an account after confirming; its conversations stay readable. */
export function DisconnectAccountButton({
  account,
  feedback,
}: {
  account: ChannelAccount;
  feedback: Feedback;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const name = account.name;
  const disconnect = useDisconnectAccount(account.id, () => {
    setConfirming(false);
    feedback.announce(t('integrations.disconnect.done', { name }));
  });
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
        {t('integrations.disconnect.button')}
        <span className="visually-hidden"> {name}</span>
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('integrations.disconnect.title', { name })}
          confirmLabel={t('integrations.disconnect.confirm')}
          pending={disconnect.isPending}
          error={disconnect.error}
          onConfirm={() => disconnect.mutate()}
          onClose={() => {
            setConfirming(false);
            disconnect.reset();
          }}
        >
          <p>{t('integrations.disconnect.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
