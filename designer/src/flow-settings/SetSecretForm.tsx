import { zodResolver } from '@hookform/resolvers/zod';
import { secretNameSchema, setFlowSecretSchema } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import type { Feedback } from '../ui/use-feedback';
import { setFlowSecret } from './flow-settings.api';
import { flowSettingsChanged } from './flow-settings.cache';

const secretForm = z.object({ name: secretNameSchema, value: setFlowSecretSchema.shape.value });

interface Props {
  /** A secret's name to replace the value of (from the list's Replace), focusing the value. */
  replacing: { name: string } | null;
  feedback: Feedback;
}

/** Sets a new secret, or replaces an existing one's value; the value is sent once and never shown again. */
export function SetSecretForm({ replacing, feedback }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(secretForm), defaultValues: { name: '', value: '' } });
  const save = useMutation({
    mutationFn: ({ name, value }: z.infer<typeof secretForm>) => setFlowSecret(name, value),
    onSuccess: async (_, { name }) => {
      form.reset({ name: '', value: '' });
      feedback.announce(t('flowSettings.secrets.saved', { name }));
      await flowSettingsChanged(queryClient);
    },
  });
  const { errors } = form.formState;

  useEffect(() => {
    if (!replacing) return;
    form.setValue('name', replacing.name);
    form.setFocus('value');
  }, [replacing, form]);

  return (
    <form
      className="form flow-secret-form"
      onSubmit={(e) => void form.handleSubmit((values) => save.mutate(values))(e)}
      noValidate
      data-testid="flow-secret-form"
    >
      <FormAlert error={save.error} />
      <TextField
        label={t('flowSettings.secrets.name')}
        hint={t('flowSettings.secrets.nameHint')}
        registration={form.register('name')}
        error={errors.name}
        errorMessages={{ invalid_format: t('flowSettings.secrets.nameRule') }}
        autoComplete="off"
        spellCheck={false}
        data-testid="flow-secret-name"
      />
      <TextField
        type="password"
        label={t('flowSettings.secrets.value')}
        hint={t('flowSettings.secrets.valueHint')}
        registration={form.register('value')}
        error={errors.value}
        errorMessages={{ too_small: t('flowSettings.secrets.valueRequired') }}
        autoComplete="new-password"
        data-testid="flow-secret-value"
      />
      <div className="form__row">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending}
          data-testid="flow-secret-save"
        >
          {save.isPending ? t('common.saving') : t('flowSettings.secrets.save')}
        </button>
      </div>
    </form>
  );
}
