import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The customer's text box: Enter (or Send) sends, and it empties once the message is on its way. */
export function ChatComposer({
  disabled,
  hint,
  onSend,
}: {
  disabled: boolean;
  /** Why sending waits (the draft being saved), shown under the box. */
  hint: string | null;
  onSend: (text: string) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || disabled) return;
    onSend(trimmed);
    setText('');
  };
  return (
    <form className="chat-composer" onSubmit={onSubmit} noValidate>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('flowTestChat.message')}
      </label>
      <input
        id={inputId}
        className="field__input chat-composer__input"
        value={text}
        placeholder={t('flowTestChat.placeholder')}
        onChange={(e) => setText(e.target.value)}
        maxLength={4096}
        autoComplete="off"
        {...(hint ? { 'aria-describedby': hintId } : {})}
        data-testid="test-chat-input"
      />
      <button type="submit" className="button button--primary" disabled={disabled || text.trim() === ''}>
        {t('flowTestChat.send')}
      </button>
      {hint && (
        <p id={hintId} className="field__hint chat-composer__hint" role="status">
          {hint}
        </p>
      )}
    </form>
  );
}
