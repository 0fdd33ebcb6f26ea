import { zodResolver } from '@hookform/resolvers/zod';
import type { CreditAccount } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { reportToForm } from '../../forms/report-to-form';
import { SaveButton } from '../../forms/SaveButton';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { Section } from '../../ui/Section';
import { creditAccountQuery } from '../credits.api';
import { creditSettingsForm, creditSettingsValues } from './credit-settings-form';
import { updateCreditSettings } from './purchases.api';

/** The low-balance warning's threshold (or none) and the currency credits are bought in. */
export function CreditSettingsForm({ account }: { account: CreditAccount }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: updateCreditSettings,
    onSuccess: (next) => queryClient.setQueryData(creditAccountQuery.queryKey, next),
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(creditSettingsForm),
    defaultValues: creditSettingsValues(account),
  });
  const { errors, isSubmitting } = form.formState;
  const invalid = t('creditsPage.settings.thresholdInvalid');

  const onSubmit = form.handleSubmit(async (body) => {
    setFailure(null);
    try {
      form.reset(creditSettingsValues(await save.mutateAsync(body)));
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['lowBalanceThreshold', 'currency']));
    }
  });

  return (
    <Section id="credits-settings" title={t('creditsPage.settings.heading')}>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure} />
        <TextField
          label={t('creditsPage.settings.threshold')}
          hint={t('creditsPage.settings.thresholdHint')}
          registration={form.register('lowBalanceThreshold')}
          error={errors.lowBalanceThreshold}
          errorMessages={{ invalid_format: invalid, too_big: invalid }}
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          data-testid="credits-threshold"
        />
        <SelectField
          label={t('creditsPage.settings.currency')}
          hint={t('creditsPage.settings.currencyHint')}
          registration={form.register('currency')}
          error={errors.currency}
        >
          {account.payments.currencies.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </SelectField>
        <SaveButton
          busy={isSubmitting}
          label={t('creditsPage.settings.save')}
          busyLabel={t('common.saving')}
          saved={save.isSuccess && !form.formState.isDirty}
          savedText={t('creditsPage.settings.saved')}
          testId="credits-settings-save"
        />
      </form>
    </Section>
  );
}
