import { zodResolver } from '@hookform/resolvers/zod';
import { requestPasswordResetRequest } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/FormAlert';
import { reportToForm } from '../forms/report-to-form';
import { EmailField } from '../forms/EmailField';
import { requestPasswordReset } from './auth.api';
import { AuthCard } from './AuthCard';

/** Asks for a reset link: by email, or — when the server sends no email — from an admin. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const mutation = useMutation({ mutationFn: requestPasswordReset });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<{ email: string; delivery: 'email' | 'administrator' } | null>(null);
  const form = useForm({ resolver: zodResolver(requestPasswordResetRequest), defaultValues: { email: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email }) => {
    setFailure(null);
    setSent(null);
    try {
      const { delivery } = await mutation.mutateAsync(email);
      setSent({ email, delivery });
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['email']));
    }
  });

  return (
    <AuthCard title={t('auth.forgot.title')} intro={<p>{t('auth.forgot.intro')}</p>}>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure} />
        <EmailField registration={form.register('email')} error={errors.email} />
        <button type="submit" className="button button--primary button--wide" disabled={isSubmitting}>
          {isSubmitting ? t('auth.forgot.submitting') : t('auth.forgot.submit')}
        </button>
      </form>
      <div role="status" className="form-status">
        {sent && (
          <p className="alert alert--success">
            {sent.delivery === 'email'
              ? t('auth.forgot.sentEmail', { email: sent.email })
              : t('auth.forgot.sentAdministrator')}
          </p>
        )}
      </div>
      <p className="auth-card__links">
        <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
      </p>
    </AuthCard>
  );
}
