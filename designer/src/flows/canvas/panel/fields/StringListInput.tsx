import { useState, type ReactNode } from 'react';
import { parseStringList, stringListText } from '../model/string-list';
import { Field } from './Field';

interface Props {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Commas separate entries too (keywords); otherwise only new lines do. */
  commas?: boolean;
}

/** A text area for a list of short texts, one per line; the node gets the trimmed, non-empty entries. */
export function StringListInput({ path, label, hint, value, onChange, commas = false }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Field path={path} label={label} hint={hint}>
      {(control) => (
        <textarea
          className="field__input flow-panel__textarea"
          rows={4}
          value={draft ?? stringListText(value)}
          onChange={(e) => {
            setDraft(e.target.value);
            onChange(parseStringList(e.target.value, { commas }));
          }}
          onBlur={() => setDraft(null)}
          {...control}
        />
      )}
    </Field>
  );
}
