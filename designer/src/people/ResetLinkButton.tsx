import type { User } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { CopyField } from '../ui/CopyField';
import { Dialog } from '../ui/Dialog';
import type { Feedback } from '../ui/use-feedback';
import { createResetLink } from './people.api';

/** Creates a one-time password reset link for someone who cannot get one by email, and shows it. */
export function ResetLinkButton({ user, feedback }: { user: User; feedback: Feedback }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const create = useMutation({ mutationFn: () => createResetLink(user.id), onError: feedback.fail });
  const name = user.name;
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={create.isPending || user.status === 'deactivated'}
        onClick={() => create.mutate()}
      >
        {t('people.resetLink.button')}
        <span className="visually-hidden"> {name}</span>
      </button>
      {create.data && (
        <Dialog title={t('people.resetLink.title', { name })} onClose={() => create.reset()}>
          <p>{t('people.resetLink.body', { name, date: formatDateTime(create.data.expiresAt, locale) })}</p>
          <CopyField
            label={t('people.resetLink.label')}
            value={create.data.link}
            copyLabel={t('people.resetLink.copy')}
          />
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={() => create.reset()}>
              {t('common.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
