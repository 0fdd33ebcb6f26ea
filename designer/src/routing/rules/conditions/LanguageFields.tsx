import { useTranslation } from 'react-i18next';
import { TextField } from '../../../forms/TextField';
import { useLocale } from '../../../i18n/use-locale';
import { languageNames } from '../language-names';
import { words } from '../condition-forms';
import { conditionError, type ConditionEditorProps } from './condition-editor';

/** The contact's language, by primary subtags typed with spaces or commas; their names shown back. */
export function LanguageFields({ form, index }: ConditionEditorProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const typed = form.watch(`conditions.${index}.languages`);
  const codes = words(typed).items;
  return (
    <>
      <TextField
        label={t('routingPage.condition.languages')}
        hint={t('routingPage.condition.languagesHint')}
        registration={form.register(`conditions.${index}.languages`)}
        error={conditionError(form, index, 'languages')}
        autoComplete="off"
        spellCheck={false}
        data-testid={`routing-condition-${index}-languages`}
      />
      {codes.length > 0 && (
        <p className="muted">
          {t('routingPage.condition.languageNames', {
            names: languageNames(codes, locale).join(t('routingPage.summary.separator')),
          })}
        </p>
      )}
    </>
  );
}
