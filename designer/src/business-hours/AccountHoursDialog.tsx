import type { AutomaticRepliesResponse, ChannelAccount } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../forms/CheckboxField';
import { FormAlert } from '../forms/FormAlert';
import { SaveButton } from '../forms/SaveButton';
import { BusinessHoursEditor } from '../integrations/automatic-replies/BusinessHoursEditor';
import { Dialog } from '../ui/Dialog';
import { useAccountHoursForm } from './use-account-hours-form';

interface Props {
  account: ChannelAccount;
  settings: AutomaticRepliesResponse;
  onClose: () => void;
  onSaved: (next: AutomaticRepliesResponse) => void;
}

/** Edits one account's business hours with the automatic replies' editor; nothing else of the setting. */
export function AccountHoursDialog({ account, settings, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { form, failure, otherSettings, onSubmit } = useAccountHoursForm(account, settings, onSaved);
  const { errors, isSubmitting } = form.formState;
  const enabled = form.watch('hours.enabled');
  const autoReplies = (
    <Link
      to="/settings/integrations/$accountId/automatic-replies"
      params={{ accountId: account.id }}
      data-testid="business-hours-dialog-auto-replies"
    >
      {t('autoReplies.title')}
    </Link>
  );
  return (
    <Dialog
      title={t('settingsWork.businessHours.dialog.title', { name: account.name })}
      onClose={onClose}
      size="wide"
    >
      <form className="form account-hours-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure} />
        {otherSettings && (
          <p className="notice notice--warning" data-testid="business-hours-other-settings">
            {t('settingsWork.businessHours.issue.otherSettings')} {autoReplies}
          </p>
        )}
        <p className="muted">{t('settingsWork.businessHours.dialog.keeps')}</p>
        <CheckboxField
          label={t('autoReplies.hours.enabled')}
          hint={enabled ? undefined : t('settingsWork.businessHours.account.noneHint')}
          registration={form.register('hours.enabled')}
          error={errors.hours?.enabled}
          testId="business-hours-enabled"
        />
        {errors.hours?.enabled && settings.away.enabled && (
          <p className="account-hours-form__link">{autoReplies}</p>
        )}
        {enabled && (
          <BusinessHoursEditor
            form={form}
            name="hours"
            timeZoneTestId="business-hours-time-zone"
            testIdPrefix="business-hours-"
          />
        )}
        {errors.root?.contract && <p className="field__error">{errors.root.contract.message}</p>}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <SaveButton
            busy={isSubmitting}
            label={t('settingsWork.businessHours.dialog.save')}
            busyLabel={t('common.saving')}
            saved={false}
            savedText=""
            testId="business-hours-save"
          />
        </div>
      </form>
    </Dialog>
  );
}
