import { useId, useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Why the text can't be saved, tied to the field for assistive technology. */
  invalid: boolean;
  editorRef: Ref<HTMLTextAreaElement>;
}

const INDENT = '  ';

/**
 * The draft's graph as JSON in a monospace text area. Tab inserts two spaces; Escape, then Tab,
 * moves on to the next control, so the keyboard is never trapped.
 */
export function JsonEditor({ label, value, onChange, invalid, editorRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const leaving = useRef(false);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      leaving.current = true;
      return;
    }
    const tab = e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey;
    if (!tab || leaving.current) {
      leaving.current = false;
      return;
    }
    e.preventDefault();
    const area = e.currentTarget;
    area.setRangeText(INDENT, area.selectionStart, area.selectionEnd, 'end');
    onChange(area.value);
  };

  return (
    <div className="field flow-json">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('flowDraft.editor.hint')}
      </p>
      <textarea
        ref={editorRef}
        id={id}
        className="field__input flow-json__text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={28}
        wrap="off"
        data-testid="flow-json"
      />
    </div>
  );
}
