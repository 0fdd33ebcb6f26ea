import { cannedReplyVariables } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { variableKeys, type CannedReplyVariable } from './canned-reply-form';

interface Props {
  onInsert: (variable: CannedReplyVariable) => void;
  /** What was inserted last, announced politely. */
  announcement: string;
}

/** A button for each variable Parley fills in, inserting its `{{…}}` token at the cursor. */
export function VariablePicker({ onInsert, announcement }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="fieldset variable-picker" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('settingsWork.cannedReplies.variables.legend')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('settingsWork.cannedReplies.variables.hint')}
      </p>
      <ul className="variable-picker__list">
        {cannedReplyVariables.map((variable) => (
          <li key={variable}>
            <button
              type="button"
              className="button button--small variable-picker__button"
              onClick={() => onInsert(variable)}
              aria-label={t('settingsWork.cannedReplies.variables.insert', { variable: `{{${variable}}}` })}
              data-testid={`canned-reply-variable-${variable}`}
            >
              <span>{t(`settingsWork.cannedReplies.variables.${variableKeys[variable]}`)}</span>
              <code className="variable-picker__token">{`{{${variable}}}`}</code>
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
