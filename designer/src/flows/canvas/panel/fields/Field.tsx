import { useId, type ReactNode } from 'react';
import { useFieldProblems } from '../panel-context';
import { CharCounter } from './CharCounter';
import { FieldProblems } from './FieldProblems';

/** What the control of a field spreads on itself: its id, path and the texts describing it. */
export interface FieldControl {
  id: string;
  'data-field-path': string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  /** The field's path inside the node, as problems name it (`buttons.1.title`). */
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  counter?: { count: number; max: number } | undefined;
  /** Beside the control: the variable picker, a unit. */
  aside?: ReactNode;
  className?: string;
  children: (control: FieldControl) => ReactNode;
}

/** A labelled control of the panel with its hint, its character counter and the problems found in it. */
export function Field({ path, label, hint, counter, aside, className, children }: Props) {
  const id = useId();
  const problems = useFieldProblems(path);
  const ids = {
    hint: hint ? `${id}-hint` : undefined,
    counter: counter ? `${id}-counter` : undefined,
    problems: problems.length > 0 ? `${id}-problems` : undefined,
  };
  const describedBy = [ids.hint, ids.counter, ids.problems].filter(Boolean).join(' ') || undefined;
  const control: FieldControl = {
    id,
    'data-field-path': path,
    'aria-invalid': problems.length > 0 ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`field flow-panel__field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={ids.hint} className="field__hint">
          {hint}
        </p>
      )}
      <div className="flow-panel__control">
        {children(control)}
        {aside}
      </div>
      {counter && <CharCounter id={`${id}-counter`} count={counter.count} max={counter.max} />}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
