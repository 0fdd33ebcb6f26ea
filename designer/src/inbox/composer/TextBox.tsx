import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../forms/field-error-text';
import { errorText } from '../../errors/describe-error';
import { CannedReplyPopup } from './CannedReplyPopup';
import { charCount } from './composer-values';
import { sendOnEnter } from './send-on-enter';
import type { ComposerFieldsProps } from './use-composer';
import { useCannedReplyPicker } from './use-canned-reply-picker';

/** The message box's id: the inbox's `r` shortcut focuses it. */
export const COMPOSER_TEXT_ID = 'composer-text';

/**
 * The message box of the text mode, with its character count against the channel's limit, and
 * canned replies: `/` opens the ones matching what follows it.
 */
export function TextBox({ form, values, limits, issueAt, conversationId }: ComposerFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const error = issueAt('text');
  const max = limits.textMaxLength;
  const count = charCount(values.text);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const picker = useCannedReplyPicker({
    conversationId,
    text: values.text,
    textarea,
    getText: () => form.getValues('text'),
    setText: (text) => form.setValue('text', text, { shouldDirty: true }),
  });
  const listboxId = `${id}-canned`;
  const optionId = (index: number) => `${id}-canned-${index}`;
  const registration = form.register('text');
  const active = picker.open && picker.activeIndex >= 0 ? optionId(picker.activeIndex) : undefined;
  const describedBy = [`${id}-hint`, `${id}-counter`, error && `${id}-error`].filter(Boolean).join(' ');

  return (
    <div className="field composer-text">
      {picker.open && (
        <CannedReplyPopup
          listboxId={listboxId}
          optionId={optionId}
          query={picker.query}
          matches={picker.matches}
          activeIndex={picker.activeIndex}
          loading={picker.loading}
          loadError={picker.loadError}
          onRetry={picker.retry}
          onActivate={picker.setActive}
          onPick={picker.pick}
        />
      )}
      <textarea
        id={COMPOSER_TEXT_ID}
        className="field__input field__input--textarea composer-text__input"
        rows={2}
        role="combobox"
        aria-label={t('composer.text.label')}
        aria-autocomplete="list"
        aria-haspopup="listbox"
        aria-expanded={picker.open}
        aria-controls={picker.open && picker.matches.length > 0 ? listboxId : undefined}
        aria-activedescendant={active}
        placeholder={t('composer.text.placeholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid="composer-text"
        {...registration}
        ref={(element) => {
          registration.ref(element);
          textarea.current = element;
        }}
        onChange={(e) => {
          void registration.onChange(e);
          picker.changed();
        }}
        onSelect={picker.track}
        onBlur={(e) => {
          void registration.onBlur(e);
          picker.close();
        }}
        onKeyDown={(e) => {
          if (!picker.onKeyDown(e)) sendOnEnter(e);
        }}
      />
      <p id={`${id}-hint`} className="visually-hidden">
        {t('composer.text.hint')} {t('threadWork.canned.hint')}
      </p>
      <p
        id={`${id}-counter`}
        className={`field__counter composer-text__counter${count > max ? ' field__counter--over' : ''}`}
        data-testid="composer-text-counter"
      >
        {t('forms.characters', { count, max })}
      </p>
      {picker.filling && (
        <p className="field__hint" role="status">
          {t('threadWork.canned.filling')}
        </p>
      )}
      {picker.unknownVariables.length > 0 && (
        <p className="alert alert--warning canned-warning" role="status" data-testid="canned-unknown">
          {t('threadWork.canned.unknownVariables', {
            count: picker.unknownVariables.length,
            names: picker.unknownVariables.map((name) => `{{${name}}}`).join(', '),
          })}
        </p>
      )}
      {picker.failure && (
        <p className="field__error" role="alert">
          {t('threadWork.canned.failed', { reason: errorText(picker.failure, t) })}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {fieldErrorText(error, t)}
        </p>
      )}
    </div>
  );
}
