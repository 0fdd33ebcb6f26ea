import { zodResolver } from '@hookform/resolvers/zod';
import { acceptInvitationRequest, type InvitationPreview } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/FormAlert';
import { PasswordField } from '../forms/PasswordField';
import { reportToForm } from '../forms/report-to-form';
import { TextField } from '../forms/TextField';
import { formatFull } from '../i18n/format';
import { currentLang } from '../i18n/i18n';
import { useLocale } from '../i18n/use-locale';
import { acceptInvitation } from './auth.api';
import { AuthCard } from './AuthCard';
import { useStartSession } from './use-start-session';

export function AcceptInvitationForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const startSession = useStartSession();
  const mutation = useMutation({ mutationFn: acceptInvitation });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(acceptInvitationRequest),
    defaultValues: { token, name: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const organisation = preview.organisationName;
  const role = t(`roles.${preview.role}`);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await startSession(await mutation.mutateAsync({ ...values, locale: currentLang() }));
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['name', 'password']));
    }
  });

  return (
    <AuthCard
      title={t('auth.invitation.title', { organisation })}
      intro={
        <>
          <p>
            {preview.invitedBy
              ? t('auth.invitation.invitedBy', { invitedBy: preview.invitedBy, email: preview.email, role })
              : t('auth.invitation.invited', { email: preview.email, role })}
          </p>
          <p>{t('auth.invitation.expires', { date: formatFull(preview.expiresAt, locale) })}</p>
        </>
      }
    >
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure?.code === 'EMAIL_TAKEN' ? null : failure} />
        {failure?.code === 'EMAIL_TAKEN' && (
          <div className="alert alert--warning" role="alert">
            <p>{t('auth.invitation.emailTaken', { email: preview.email })}</p>
            <Link to="/sign-in">{t('auth.signIn.submit')}</Link>
          </div>
        )}
        <TextField
          label={t('auth.yourName')}
          autoComplete="name"
          registration={form.register('name')}
          error={errors.name}
        />
        <PasswordField
          label={t('auth.password')}
          registration={form.register('password')}
          error={errors.password}
          isNew
        />
        <button type="submit" className="button button--primary button--wide" disabled={isSubmitting}>
          {isSubmitting ? t('auth.invitation.submitting') : t('auth.invitation.submit', { organisation })}
        </button>
      </form>
    </AuthCard>
  );
}
