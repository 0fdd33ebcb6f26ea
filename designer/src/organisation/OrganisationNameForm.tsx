import { zodResolver } from '@hookform/resolvers/zod';
import { type Organisation, updateOrganisationRequest } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { sessionQuery } from '../auth/session.query';
import { FormAlert } from '../forms/FormAlert';
import { reportToForm } from '../forms/report-to-form';
import { TextField } from '../forms/TextField';
import { renameOrganisation } from './organisation.api';
import { organisationQuery } from './organisation.query';
import { SaveButton } from '../forms/SaveButton';

/** The organisation's name, as invitations, mails and the header show it. */
export function OrganisationNameForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rename = useMutation({
    mutationFn: renameOrganisation,
    onSuccess: (next) => {
      queryClient.setQueryData(organisationQuery.queryKey, next);
      // The header's user menu names the organisation from the session.
      queryClient.setQueryData(sessionQuery.queryKey, (s) => s && { ...s, organisation: next });
    },
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(updateOrganisationRequest),
    defaultValues: { name: organisation.name },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const next = await rename.mutateAsync(values);
      form.reset({ name: next.name });
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['name']));
    }
  });

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      <TextField
        label={t('organisation.name')}
        hint={t('organisation.nameHint')}
        autoComplete="organization"
        maxLength={120}
        registration={form.register('name')}
        error={errors.name}
      />
      <SaveButton
        busy={isSubmitting}
        label={t('organisation.submit')}
        busyLabel={t('common.saving')}
        saved={rename.isSuccess && !form.formState.isDirty}
        savedText={t('organisation.saved')}
      />
    </form>
  );
}
