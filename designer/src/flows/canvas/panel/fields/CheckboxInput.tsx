import { useId, type ReactNode } from 'react';
import { useFieldProblems } from '../panel-context';
import { FieldProblems } from './FieldProblems';

interface Props {
  /** Null for a checkbox that is no field of the node (it adds or removes one). */
  path: string | null;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox of the panel, with its hint and problems. */
export function CheckboxInput({ path, label, hint, checked, onChange }: Props) {
  const id = useId();
  const problems = useFieldProblems(path ?? '');
  const hintId = hint ? `${id}-hint` : undefined;
  const problemsId = path !== null && problems.length > 0 ? `${id}-problems` : undefined;
  return (
    <div className="check-field flow-panel__check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-field-path={path ?? undefined}
        aria-invalid={problemsId ? true : undefined}
        aria-describedby={[hintId, problemsId].filter(Boolean).join(' ') || undefined}
      />
      <label htmlFor={id} className="check-field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="check-field__hint">
          {hint}
        </p>
      )}
      {path !== null && <FieldProblems id={`${id}-problems`} problems={problems} />}
    </div>
  );
}
