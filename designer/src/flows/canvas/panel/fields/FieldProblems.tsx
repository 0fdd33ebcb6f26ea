import type { FlowProblem } from '@parley/workflows/flows';

interface Props {
  id: string;
  problems: readonly FlowProblem[];
}

/** The live validator's messages under a field, referenced by its `aria-describedby`. */
export function FieldProblems({ id, problems }: Props) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="flow-panel__field-problems">
      {problems.map((problem, index) => (
        <li key={`${problem.rule}|${index}`} className="field__error">
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
