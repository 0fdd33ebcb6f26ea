import { zodResolver } from '@hookform/resolvers/zod';
import { updateChannelAccountRequest, type ChannelAccount } from '@parley/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/FormAlert';
import { reportToForm } from '../forms/report-to-form';
import { TextField } from '../forms/TextField';
import { Dialog } from '../ui/Dialog';
import { useUpdateAccount } from './use-account-mutations';

function RenameForm({ account, onDone }: { account: ChannelAccount; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateAccount(account.id);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(updateChannelAccountRequest),
    defaultValues: { name: account.name },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name }) => {
    setFailure(null);
    try {
      await update.mutateAsync({ name });
      onDone();
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['name']));
    }
  });

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      <TextField
        label={t('integrations.rename.label')}
        hint={t('integrations.rename.hint')}
        registration={form.register('name')}
        error={errors.name}
        maxLength={80}
      />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('integrations.rename.submit')}
        </button>
      </div>
    </form>
  );
}

/** Renames an account in a small dialog. */
export function RenameAccountButton({ account }: { account: ChannelAccount }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('integrations.rename.button')}
        <span className="visually-hidden"> {account.name}</span>
      </button>
      {open && (
        <Dialog title={t('integrations.rename.title', { name: account.name })} onClose={() => setOpen(false)}>
          <RenameForm account={account} onDone={() => setOpen(false)} />
        </Dialog>
      )}
    </>
  );
}
