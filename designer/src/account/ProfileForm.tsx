import { zodResolver } from '@hookform/resolvers/zod';
import { updateProfileRequest, type Session } from '@parley/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { useUpdateProfile } from '../auth/use-update-profile';
import { FormAlert } from '../forms/FormAlert';
import { reportToForm } from '../forms/report-to-form';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { languageNames, languages } from '../i18n/languages';
import { SaveButton } from '../forms/SaveButton';

/** Name and display language; the language follows the person to every device they sign in on. */
export function ProfileForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const save = useUpdateProfile();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(updateProfileRequest),
    defaultValues: { name: session.user.name, locale: session.user.locale },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const next = await save.mutateAsync(values);
      form.reset({ name: next.user.name, locale: next.user.locale });
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['name', 'locale']));
    }
  });

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      <TextField
        label={t('account.profile.name')}
        autoComplete="name"
        maxLength={120}
        registration={form.register('name')}
        error={errors.name}
      />
      <SelectField label={t('language.display')} registration={form.register('locale')} error={errors.locale}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </SelectField>
      <SaveButton
        busy={isSubmitting}
        label={t('account.profile.submit')}
        busyLabel={t('common.saving')}
        saved={save.isSuccess && !form.formState.isDirty}
        savedText={t('account.profile.saved')}
      />
    </form>
  );
}
