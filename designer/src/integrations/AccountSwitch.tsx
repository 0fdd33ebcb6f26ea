import type { ChannelAccount } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Switch } from '../ui/Switch';
import { useUpdateAccount } from './use-account-mutations';

/**
 * The admin's switch for Parley on one account. Turning it off asks first and explains what that
 * means: messages are still stored, nothing is sent or automated, the inbox shows them read-only.
 */
export function AccountSwitch({ account }: { account: ChannelAccount }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const update = useUpdateAccount(account.id);
  const name = account.name;

  const set = (enabled: boolean) =>
    update.mutate(
      { enabled },
      {
        onSuccess: (next) => {
          setConfirming(false);
          setAnnouncement(
            t(next.enabled ? 'integrations.nowOn' : 'integrations.nowOff', { name: next.name }),
          );
        },
      },
    );

  return (
    <div className="account-switch">
      <Switch
        label={t('integrations.switchLabel', { name })}
        checked={account.enabled}
        disabled={update.isPending}
        onChange={(next) => (next ? set(true) : setConfirming(true))}
      />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {!confirming && <FormAlert error={update.error} />}
      {confirming && (
        <ConfirmDialog
          title={t('integrations.turnOff.title', { name })}
          confirmLabel={t('integrations.turnOff.confirm')}
          pending={update.isPending}
          error={update.error}
          onConfirm={() => set(false)}
          onClose={() => {
            setConfirming(false);
            update.reset();
          }}
        >
          <p>{t('integrations.turnOff.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
