import { zodResolver } from '@hookform/resolvers/zod';
import { signInRequest } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/FormAlert';
import { PasswordField } from '../forms/PasswordField';
import { reportToForm } from '../forms/report-to-form';
import { EmailField } from '../forms/EmailField';
import { signIn } from './auth.api';
import { AuthCard } from './AuthCard';
import { useStartSession } from './use-start-session';

const route = getRouteApi('/public/sign-in');

export function SignInPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const startSession = useStartSession();
  const mutation = useMutation({ mutationFn: signIn });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({ resolver: zodResolver(signInRequest), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await startSession(await mutation.mutateAsync(values), redirect);
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['email', 'password']));
    }
  });

  return (
    <AuthCard title={t('auth.signIn.title')}>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure} />
        <EmailField registration={form.register('email')} error={errors.email} />
        <PasswordField
          label={t('auth.password')}
          registration={form.register('password')}
          error={errors.password}
        />
        <button type="submit" className="button button--primary button--wide" disabled={isSubmitting}>
          {isSubmitting ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </form>
      <p className="auth-card__links">
        <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
      </p>
    </AuthCard>
  );
}
