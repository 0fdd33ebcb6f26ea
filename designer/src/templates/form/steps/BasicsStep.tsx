import { templateLimits, type TemplateGroup } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../forms/SelectField';
import { TextField } from '../../../forms/TextField';
import { useLocale } from '../../../i18n/use-locale';
import { DetailsList } from '../../../ui/DetailsList';
import { languageChoices, languageLabel } from '../../template-language';
import type { WhatsAppAccount } from '../../whatsapp-accounts';
import { errorAt, type StepProps } from '../form-context';
import { NEW_GROUP } from '../template-form-values';
import type { TemplateFormMode } from '../template-resolver';

interface Props extends StepProps {
  mode: TemplateFormMode;
  accounts: readonly WhatsAppAccount[];
  groups: readonly TemplateGroup[];
}

/** Step 2: name and language (fixed once created), the WhatsApp account (creating), the group. */
export function BasicsStep({ form, values, errors, mode, accounts, groups }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useLocale();
  return (
    <fieldset className="form-step">
      <legend className="form-step__title">{t('templates.form.steps.basics')}</legend>
      {mode === 'create' ? (
        <>
          <TextField
            label={t('templates.form.name')}
            hint={t('templates.form.nameHint')}
            registration={form.register('name')}
            error={errorAt(errors, 'name')}
            counter={{ count: values.name.length, max: templateLimits.nameMax }}
            autoComplete="off"
            spellCheck={false}
            className="field--code"
          />
          <SelectField
            label={t('templates.form.language')}
            hint={t('templates.form.languageHint')}
            registration={form.register('language')}
            error={errorAt(errors, 'language')}
          >
            {languageChoices(lang, locale).map((code) => (
              <option key={code} value={code}>
                {languageLabel(code, locale, t)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('templates.form.account')}
            hint={t('templates.form.accountHint')}
            registration={form.register('channelAccountId')}
            error={errorAt(errors, 'channelAccountId')}
          >
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {t('templates.accountOption', {
                  name: account.name,
                  number: account.whatsapp.displayPhoneNumber,
                })}
              </option>
            ))}
          </SelectField>
        </>
      ) : (
        <DetailsList
          rows={[
            [t('templates.form.name'), <code>{values.name}</code>],
            [t('templates.form.language'), languageLabel(values.language, locale, t)],
          ]}
        />
      )}
      <SelectField
        label={t('templates.form.group')}
        registration={form.register('group')}
        error={errorAt(errors, 'group')}
      >
        <option value="">{t('templates.form.noGroup')}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
        <option value={NEW_GROUP}>{t('templates.form.newGroup')}</option>
      </SelectField>
      {values.group === NEW_GROUP && (
        <TextField
          label={t('templates.form.newGroupName')}
          registration={form.register('newGroupName')}
          error={errorAt(errors, 'newGroupName')}
          counter={{ count: values.newGroupName.length, max: templateLimits.groupNameMax }}
          autoComplete="off"
        />
      )}
    </fieldset>
  );
}
