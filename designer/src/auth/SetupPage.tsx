import { zodResolver } from '@hookform/resolvers/zod';
import { setupRequest } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/FormAlert';
import { PasswordField } from '../forms/PasswordField';
import { reportToForm } from '../forms/report-to-form';
import { EmailField } from '../forms/EmailField';
import { TextField } from '../forms/TextField';
import { currentLang } from '../i18n/i18n';
import { setUp } from './auth.api';
import { AuthCard } from './AuthCard';
import { useStartSession } from './use-start-session';

const FIELDS = ['organisationName', 'name', 'email', 'password'] as const;

/** First run: the organisation and its first admin. */
export function SetupPage() {
  const { t } = useTranslation();
  const startSession = useStartSession();
  const mutation = useMutation({ mutationFn: setUp });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(setupRequest),
    defaultValues: { organisationName: '', name: '', email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await startSession(await mutation.mutateAsync({ ...values, locale: currentLang() }));
    } catch (e) {
      setFailure(reportToForm(e, form.setError, FIELDS));
    }
  });

  return (
    <AuthCard title={t('auth.setup.title')} intro={<p>{t('auth.setup.intro')}</p>}>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure} />
        <TextField
          label={t('auth.setup.organisationName')}
          autoComplete="organization"
          registration={form.register('organisationName')}
          error={errors.organisationName}
        />
        <TextField
          label={t('auth.yourName')}
          autoComplete="name"
          registration={form.register('name')}
          error={errors.name}
        />
        <EmailField registration={form.register('email')} error={errors.email} />
        <PasswordField
          label={t('auth.password')}
          registration={form.register('password')}
          error={errors.password}
          isNew
        />
        <button type="submit" className="button button--primary button--wide" disabled={isSubmitting}>
          {isSubmitting ? t('auth.setup.submitting') : t('auth.setup.submit')}
        </button>
      </form>
    </AuthCard>
  );
}
