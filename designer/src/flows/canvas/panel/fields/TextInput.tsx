import type { ReactNode } from 'react';
import { useRef } from 'react';
import { charCount } from '../../../../inbox/composer/composer-values';
import { insertText } from '../model/insert-text';
import { Field } from './Field';
import { VariablePicker } from './VariablePicker';

interface Props {
  path: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Shows a counter against this many characters. */
  max?: number | undefined;
  multiline?: boolean;
  /** A variable picker beside it; `secrets` offers the organisation's secrets too. */
  picker?: 'variables' | 'secrets';
  /** A `<datalist>` of suggestions. */
  list?: string;
  inputMode?: 'text' | 'url';
  placeholder?: string;
}

/**
 * A labelled text input or text area of the panel, with its counter and, for texts that may hold
 * placeholders, a picker that inserts one at the cursor. Its value may fail the schema while the
 * admin types; the live validator says why under it.
 */
export function TextInput({
  path,
  label,
  hint,
  value,
  onChange,
  max,
  multiline,
  picker,
  list,
  inputMode,
  placeholder,
}: Props) {
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const insert = (placeholderText: string) => {
    const element = input.current;
    const next = insertText(
      value,
      placeholderText,
      element?.selectionStart ?? null,
      element?.selectionEnd ?? null,
    );
    onChange(next.text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  };
  const aside = picker && <VariablePicker field={label} secrets={picker === 'secrets'} onPick={insert} />;
  const common = {
    ref: input,
    value,
    placeholder,
    autoComplete: 'off',
    spellCheck: multiline ? undefined : false,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <Field
      path={path}
      label={label}
      hint={hint}
      counter={max === undefined ? undefined : { count: charCount(value), max }}
      aside={aside}
    >
      {(control) =>
        multiline ? (
          <textarea className="field__input flow-panel__textarea" rows={3} {...common} {...control} />
        ) : (
          <input
            className="field__input"
            type="text"
            inputMode={inputMode}
            list={list}
            {...common}
            {...control}
          />
        )
      }
    </Field>
  );
}
