import type { FlowProblem } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';

interface Props {
  problems: readonly FlowProblem[];
}

/** The node's problems that belong to no field (the node as a whole), at the top of the panel. */
export function PanelProblems({ problems }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div
      className="alert alert--error flow-panel__top-problems"
      role="group"
      aria-label={t('flowPanel.problems')}
      tabIndex={-1}
      data-focus-fallback="problems"
    >
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.rule}|${problem.path.join('.')}|${index}`}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
