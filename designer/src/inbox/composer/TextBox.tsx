import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../forms/field-error-text';
import { charCount } from './composer-values';
import type { ComposerFieldsProps } from './use-composer';

/** Enter sends; Shift+Enter is a new line, and so is an Enter that confirms a Japanese conversion. */
function sendOnEnter(e: KeyboardEvent<HTMLTextAreaElement>) {
  if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
  e.preventDefault();
  e.currentTarget.form?.requestSubmit();
}

/** The message box of the text mode, with its character count against the channel's limit. */
export function TextBox({ form, values, limits, issueAt }: ComposerFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const error = issueAt('text');
  const max = limits.textMaxLength;
  const count = charCount(values.text);
  return (
    <div className="field composer-text">
      <textarea
        className="field__input field__input--textarea composer-text__input"
        rows={2}
        aria-label={t('composer.text.label')}
        placeholder={t('composer.text.placeholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-counter${error ? ` ${id}-error` : ''}`}
        data-testid="composer-text"
        onKeyDown={sendOnEnter}
        {...form.register('text')}
      />
      <p id={`${id}-hint`} className="visually-hidden">
        {t('composer.text.hint')}
      </p>
      <p
        id={`${id}-counter`}
        className={`field__counter composer-text__counter${count > max ? ' field__counter--over' : ''}`}
        data-testid="composer-text-counter"
      >
        {t('forms.characters', { count, max })}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {fieldErrorText(error, t)}
        </p>
      )}
    </div>
  );
}
