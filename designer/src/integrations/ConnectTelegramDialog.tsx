import { zodResolver } from '@hookform/resolvers/zod';
import { connectTelegramRequest } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { blankAsAbsent } from '../forms/blank-as-absent';
import { FormAlert } from '../forms/FormAlert';
import { reportToForm } from '../forms/report-to-form';
import { TextField } from '../forms/TextField';
import { Dialog } from '../ui/Dialog';
import { connectTelegram } from './channel-accounts.api';
import { channelAccountsQuery } from './channel-accounts.query';
import { ConnectedNotice } from './ConnectedNotice';

/** Connects a Telegram bot from the token BotFather gives. */
export function ConnectTelegramDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const connect = useMutation({
    mutationFn: connectTelegram,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelAccountsQuery.queryKey }),
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({ resolver: zodResolver(connectTelegramRequest), defaultValues: { botToken: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await connect.mutateAsync(values);
    } catch (e) {
      setFailure(
        reportToForm(e, form.setError, ['botToken', 'name'], {
          BOT_TOKEN_REJECTED: { field: 'botToken', message: t('integrations.telegram.tokenRejected') },
        }),
      );
    }
  });

  return (
    <Dialog title={t('integrations.telegram.title')} onClose={onClose}>
      {connect.data ? (
        <ConnectedNotice account={connect.data} onClose={onClose} />
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <p>{t('integrations.telegram.intro')}</p>
          <FormAlert error={failure} />
          <TextField
            label={t('integrations.telegram.token')}
            hint={t('integrations.telegram.tokenHint')}
            autoComplete="off"
            spellCheck={false}
            registration={form.register('botToken')}
            error={errors.botToken}
            errorMessages={{ invalid_format: t('integrations.telegram.tokenInvalid') }}
          />
          <TextField
            label={t('integrations.telegram.name')}
            hint={t('integrations.telegram.nameHint')}
            registration={form.register('name', { setValueAs: blankAsAbsent })}
            error={errors.name}
            maxLength={80}
          />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting ? t('integrations.telegram.submitting') : t('integrations.telegram.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
