import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert';
import { SaveButton } from '../forms/SaveButton';
import { TextField } from '../forms/TextField';
import { flowSettingsChanged } from './flow-settings.cache';
import { updateAllowedHosts } from './flow-settings.api';
import { hostsResolver, hostsValues, MAX_HOSTS, type HostsFormValues } from './hosts-form';

/** The hosts HTTP request nodes may call: one a row, added and removed, saved together. */
export function AllowedHostsForm({ allowedHosts }: { allowedHosts: readonly string[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<HostsFormValues, unknown, string[]>({
    resolver: useMemo(() => hostsResolver(t), [t]),
    defaultValues: hostsValues(allowedHosts),
  });
  const rows = useFieldArray({ control: form.control, name: 'hosts' });
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: updateAllowedHosts,
    onSuccess: async (_, hosts) => {
      form.reset(hostsValues(hosts));
      setSaved(true);
      await flowSettingsChanged(queryClient);
    },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((hosts) => {
    setSaved(false);
    save.mutate(hosts);
  });

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="flow-hosts-form">
      <FormAlert error={save.error} />
      {rows.fields.length === 0 && <p className="muted">{t('flowSettings.hosts.none')}</p>}
      {rows.fields.map((field, i) => (
        <div key={field.id} className="flow-host-row">
          <TextField
            label={t('flowSettings.hosts.host', { n: i + 1 })}
            registration={form.register(`hosts.${i}.host`, { onChange: () => setSaved(false) })}
            error={errors.hosts?.[i]?.host}
            placeholder="api.example.com"
            autoComplete="off"
            spellCheck={false}
            data-testid={`flow-host-${i}`}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              rows.remove(i);
              setSaved(false);
            }}
          >
            {t('flowSettings.hosts.remove', { n: i + 1 })}
          </button>
        </div>
      ))}
      {errors.root?.hosts && <p className="field__error">{errors.root.hosts.message}</p>}
      <div className="form__row">
        <button
          type="button"
          className="button button--small"
          disabled={rows.fields.length >= MAX_HOSTS}
          onClick={() => rows.append({ host: '' }, { shouldFocus: true })}
          data-testid="flow-host-add"
        >
          {t('flowSettings.hosts.add')}
        </button>
      </div>
      <div className="form__row">
        <SaveButton
          busy={save.isPending}
          label={t('flowSettings.hosts.save')}
          busyLabel={t('common.saving')}
          saved={saved}
          savedText={t('flowSettings.hosts.saved')}
          testId="flow-hosts-save"
        />
      </div>
    </form>
  );
}
