import type { FlowProblem } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { nodeFacts } from './draft-text';

interface Props {
  problems: readonly FlowProblem[];
  /** The parsed draft, to name each problem's node by its label and type. */
  value: unknown;
  /** Moves the editor to the problem's node and field. */
  onGo?: ((problem: FlowProblem) => void) | undefined;
}

/** The validator's problems, each naming its node, field and rule; a press goes to it in the editor. */
export function ProblemsList({ problems, value, onGo }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="flow-problems" data-testid="flow-problems">
      {problems.map((problem, index) => {
        const facts = problem.nodeId === null ? null : nodeFacts(value, problem.nodeId);
        const where =
          problem.nodeId === null
            ? t('flowDraft.problems.wholeFlow')
            : facts?.label
              ? t('flowDraft.problems.labelledNode', { label: facts.label, id: problem.nodeId })
              : problem.nodeId;
        const body = (
          <>
            <span className="flow-problem__where">
              <span className="flow-problem__node">{where}</span>
              {facts?.type && <span className="flow-problem__type">{facts.type}</span>}
              {problem.path.length > 0 && (
                <code className="flow-problem__path">{problem.path.join('.')}</code>
              )}
            </span>
            <span className="flow-problem__rule">{t(`flowDraft.rule.${problem.rule}`)}</span>
            <span className="flow-problem__message">{problem.message}</span>
          </>
        );
        return (
          <li key={`${problem.nodeId ?? ''}|${problem.path.join('.')}|${problem.rule}|${index}`}>
            {onGo ? (
              <button
                type="button"
                className="flow-problem flow-problem--button"
                onClick={() => onGo(problem)}
                data-testid="flow-problem"
                data-node-id={problem.nodeId ?? undefined}
              >
                {body}
                <span className="visually-hidden"> {t('flowDraft.problems.goTo')}</span>
              </button>
            ) : (
              <div
                className="flow-problem"
                data-testid="flow-problem"
                data-node-id={problem.nodeId ?? undefined}
              >
                {body}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
