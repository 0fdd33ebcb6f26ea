import { zodResolver } from '@hookform/resolvers/zod';
import { oneTimeTokenSchema, resetPasswordRequest } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/FormAlert';
import { PasswordField } from '../forms/PasswordField';
import { reportToForm } from '../forms/report-to-form';
import { StatePanel } from '../ui/StatePanel';
import { resetPassword } from './auth.api';
import { AuthCard } from './AuthCard';

const route = getRouteApi('/public/reset-password');

/** A new password from a one-time reset link. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const mutation = useMutation({ mutationFn: (password: string) => resetPassword(token, password) });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(resetPasswordRequest),
    defaultValues: { token, password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  if (!oneTimeTokenSchema.safeParse(token).success) {
    return (
      <AuthCard title={t('auth.reset.title')}>
        <StatePanel tone="error" title={t('auth.reset.missingToken')}>
          <Link className="button" to="/forgot-password">
            {t('auth.reset.askAgain')}
          </Link>
        </StatePanel>
      </AuthCard>
    );
  }

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFailure(null);
    try {
      await mutation.mutateAsync(password);
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['password']));
    }
  });

  return (
    <AuthCard title={t('auth.reset.title')}>
      <div role="status" className="form-status">
        {mutation.isSuccess && <p className="alert alert--success">{t('auth.reset.done')}</p>}
      </div>
      {mutation.isSuccess ? (
        <Link className="button button--primary button--wide" to="/sign-in">
          {t('auth.signIn.submit')}
        </Link>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <FormAlert error={failure} />
          <PasswordField
            label={t('auth.newPassword')}
            registration={form.register('password')}
            error={errors.password}
            isNew
          />
          <button type="submit" className="button button--primary button--wide" disabled={isSubmitting}>
            {isSubmitting ? t('auth.reset.submitting') : t('auth.reset.submit')}
          </button>
        </form>
      )}
      <p className="auth-card__links">
        {failure?.code === 'RESET_LINK_INVALID' ? (
          <Link to="/forgot-password">{t('auth.reset.askAgain')}</Link>
        ) : (
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        )}
      </p>
    </AuthCard>
  );
}
