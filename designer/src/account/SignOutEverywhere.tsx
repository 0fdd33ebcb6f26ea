import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOutEverywhere } from '../auth/auth.api';
import { useSignOut } from '../shell/use-sign-out';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** Ends every session of this person, here too, after confirming. */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const leave = useSignOut(signOutEverywhere);
  return (
    <>
      <p>{t('account.everywhere.body')}</p>
      <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
        {t('account.everywhere.button')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('account.everywhere.title')}
          confirmLabel={t('account.everywhere.confirm')}
          pending={leave.isPending}
          error={leave.error}
          onConfirm={() => leave.mutate()}
          onClose={() => {
            setConfirming(false);
            leave.reset();
          }}
        >
          <p>{t('account.everywhere.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
