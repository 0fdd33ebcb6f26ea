import type { User } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { Feedback } from '../ui/use-feedback';
import { useUpdateUser } from './use-people-mutations';

/** Deactivate (after confirming) or reactivate a person. */
export function ActivationButton({ user, feedback }: { user: User; feedback: Feedback }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateUser(user.id);
  const name = user.name;

  if (user.status === 'deactivated') {
    return (
      <button
        type="button"
        className="button button--small"
        disabled={update.isPending}
        onClick={() =>
          update.mutate(
            { status: 'active' },
            { onSuccess: () => feedback.announce(t('people.reactivated', { name })), onError: feedback.fail },
          )
        }
      >
        {t('people.reactivate')}
        <span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--small button--danger-outline"
        onClick={() => setConfirming(true)}
      >
        {t('people.deactivate')}
        <span className="visually-hidden"> {name}</span>
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('people.deactivateTitle', { name })}
          confirmLabel={t('people.deactivate')}
          pending={update.isPending}
          error={update.error}
          onConfirm={() =>
            update.mutate(
              { status: 'deactivated' },
              {
                onSuccess: () => {
                  setConfirming(false);
                  feedback.announce(t('people.deactivated', { name }));
                },
              },
            )
          }
          onClose={() => {
            setConfirming(false);
            update.reset();
          }}
        >
          <p>{t('people.deactivateBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
