import { useId, type ReactNode } from 'react';
import { useFieldProblems } from '../panel-context';
import { FieldProblems } from './FieldProblems';

interface Props {
  /** The list's path (`buttons`): its own problems (too many buttons) show under the legend. */
  path: string;
  legend: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}

/** A group of a list's items under a legend, focusable so a problem of the whole list can be shown. */
export function ListFieldset({ path, legend, hint, children }: Props) {
  const id = useId();
  const problems = useFieldProblems(path);
  const describedBy = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean);
  return (
    <fieldset
      id={id}
      className="fieldset flow-panel__list"
      tabIndex={-1}
      data-field-path={path}
      aria-describedby={describedBy.join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
      {children}
    </fieldset>
  );
}
