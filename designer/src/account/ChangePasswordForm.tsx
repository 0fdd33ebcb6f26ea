import { zodResolver } from '@hookform/resolvers/zod';
import { changePasswordRequest } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { changePassword } from '../auth/auth.api';
import { FormAlert } from '../forms/FormAlert';
import { PasswordField } from '../forms/PasswordField';
import { reportToForm } from '../forms/report-to-form';
import { SaveButton } from '../forms/SaveButton';

/** The current password and a new one (at least 12 characters). */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useMutation({ mutationFn: changePassword });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(changePasswordRequest),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await change.mutateAsync(values);
      form.reset();
    } catch (e) {
      const left = reportToForm(e, form.setError, ['currentPassword', 'newPassword']);
      if (form.getFieldState('currentPassword').error?.type === 'server') {
        form.setError('currentPassword', { type: 'server', message: t('account.password.currentWrong') });
      }
      setFailure(left);
    }
  });

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      <PasswordField
        label={t('account.password.current')}
        registration={form.register('currentPassword')}
        error={errors.currentPassword}
      />
      <PasswordField
        label={t('account.password.new')}
        registration={form.register('newPassword')}
        error={errors.newPassword}
        isNew
      />
      <SaveButton
        busy={isSubmitting}
        label={t('account.password.submit')}
        busyLabel={t('account.password.submitting')}
        saved={change.isSuccess && !form.formState.isDirty}
        savedText={t('account.password.done')}
      />
    </form>
  );
}
