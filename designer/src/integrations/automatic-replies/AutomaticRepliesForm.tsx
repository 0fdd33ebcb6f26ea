import type { AutomaticRepliesResponse, ChannelAccount, Template } from '@parley/contracts';
import { locales } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { SaveButton } from '../../forms/SaveButton';
import { SelectField } from '../../forms/SelectField';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { Section } from '../../ui/Section';
import { BusinessHoursFields } from './BusinessHoursFields';
import { FallbackTemplateFields } from './FallbackTemplateFields';
import { ReplyFields } from './ReplyFields';
import { useAutomaticRepliesForm } from './use-automatic-replies-form';

interface Props {
  account: ChannelAccount;
  settings: AutomaticRepliesResponse;
  /** The account's templates, null when they can't be read. */
  templates: readonly Template[] | null;
  /** Admins change the settings; everyone else reads them. */
  canManage: boolean;
}

/** An account's automatic replies: language, greeting, away message, business hours, fallback template. */
export function AutomaticRepliesForm({ account, settings, templates, canManage }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const model = useAutomaticRepliesForm(account.id, settings, templates);
  const { form } = model;
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="form auto-replies" onSubmit={(e) => void model.onSubmit(e)} noValidate>
      <FormAlert error={model.failure} />
      {!canManage && (
        <p className="notice notice--info" data-testid="auto-replies-read-only">
          {t('autoReplies.readOnly')}
        </p>
      )}
      <fieldset className="fieldset auto-replies__fields" disabled={!canManage}>
        <legend className="visually-hidden">{t('autoReplies.title')}</legend>
        <Section id="auto-replies-language" title={t('autoReplies.language.heading')}>
          <SelectField
            label={t('autoReplies.language.label')}
            hint={t('autoReplies.language.hint')}
            registration={form.register('language', {
              onChange: (e: { target: { value: (typeof locales)[number] } }) =>
                model.onLanguageChange(e.target.value),
            })}
            error={errors.language}
            data-testid="auto-replies-language"
          >
            {locales.map((code) => (
              <option key={code} value={code}>
                {t(`autoReplies.language.${code}`)}
              </option>
            ))}
          </SelectField>
        </Section>
        <ReplyFields kind="greeting" form={form} wording={model.wording} />
        <ReplyFields kind="away" form={form} wording={model.wording} />
        <BusinessHoursFields form={form} />
        {account.channel === 'whatsapp' && (
          <FallbackTemplateFields
            form={model.fallbackForm}
            choices={model.choices}
            problem={settings.fallbackTemplateProblem}
          />
        )}
      </fieldset>
      {errors.root?.contract && <p className="field__error">{errors.root.contract.message}</p>}
      {canManage && (
        <div className="form__actions">
          <SaveButton
            busy={isSubmitting}
            label={t('autoReplies.save')}
            busyLabel={t('common.saving')}
            saved={model.saved}
            savedText={t('autoReplies.saved')}
            testId="auto-replies-save"
          />
        </div>
      )}
      {settings.updatedAt && (
        <p className="muted">
          {settings.updatedBy
            ? t('autoReplies.updatedBy', {
                name: settings.updatedBy.name,
                date: formatDateTime(settings.updatedAt, locale),
              })
            : t('autoReplies.updatedAt', { date: formatDateTime(settings.updatedAt, locale) })}
        </p>
      )}
    </form>
  );
}
