import { zodResolver } from '@hookform/resolvers/zod';
import { createApiTokenRequest, type Permission } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { fieldErrorText } from '../forms/field-error-text';
import { FormAlert } from '../forms/FormAlert';
import { reportToForm } from '../forms/report-to-form';
import { TextField } from '../forms/TextField';
import { CreatedTokenNotice } from './CreatedTokenNotice';
import { expiryChoices } from './scope-keys';
import { ScopeCheckboxes } from './ScopeCheckboxes';
import { apiTokensQuery, createApiToken } from './tokens.api';

/** Creates a token: a name, scopes from the person's own permissions, an expiry. */
export function CreateTokenForm({ permissions }: { permissions: readonly Permission[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQuery.queryKey }),
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(createApiTokenRequest),
    defaultValues: { name: '', scopes: [], expiresInDays: 90 },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await create.mutateAsync(values);
      form.reset();
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['name', 'scopes', 'expiresInDays']));
    }
  });

  if (create.data) return <CreatedTokenNotice created={create.data} onDone={create.reset} />;
  const expiryLabel = (days: (typeof expiryChoices)[number]) =>
    days === null
      ? t('tokens.create.never')
      : days === 365
        ? t('tokens.create.year')
        : t('tokens.create.days', { count: days });

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      <TextField
        label={t('tokens.create.name')}
        hint={t('tokens.create.nameHint')}
        autoComplete="off"
        maxLength={100}
        registration={form.register('name')}
        error={errors.name}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('tokens.create.scopes')}</legend>
        <p className="field__hint">{t('tokens.create.scopesHint')}</p>
        <Controller
          control={form.control}
          name="scopes"
          render={({ field }) => (
            <ScopeCheckboxes
              available={permissions}
              value={field.value}
              onChange={field.onChange}
              errorId={errors.scopes ? 'scopes-error' : undefined}
            />
          )}
        />
        {errors.scopes && (
          <p id="scopes-error" className="field__error">
            {fieldErrorText(errors.scopes, t, { too_small: t('tokens.create.chooseScope') })}
          </p>
        )}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">{t('tokens.create.expiry')}</legend>
        <Controller
          control={form.control}
          name="expiresInDays"
          render={({ field }) => (
            <div className="radio-row">
              {expiryChoices.map((days) => (
                <label key={String(days)} className="radio-row__option">
                  <input
                    type="radio"
                    name={field.name}
                    checked={field.value === days}
                    onChange={() => field.onChange(days)}
                  />
                  {expiryLabel(days)}
                </label>
              ))}
            </div>
          )}
        />
      </fieldset>
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t('tokens.create.submitting') : t('tokens.create.submit')}
      </button>
    </form>
  );
}
