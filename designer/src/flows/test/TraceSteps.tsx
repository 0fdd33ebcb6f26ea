import type { FlowRunResponse } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { nodeName } from '../versions/graph-names';
import { formatClock } from './format-clock';
import { TraceData } from './TraceData';

type Step = FlowRunResponse['steps'][number];

/** The nodes a run went through, in order: when it entered and left each, by which output, what it saw and did. */
export function TraceSteps({ steps, graph }: { steps: readonly Step[]; graph: FlowGraph }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (steps.length === 0) return <p className="muted">{t('flowTest.trace.noSteps')}</p>;
  return (
    <ol className="flow-trace" data-testid="flow-trace-steps">
      {[...steps]
        .sort((a, b) => a.seq - b.seq)
        .map((step) => {
          const name = nodeName(graph, step.nodeId).name;
          return (
            <li
              key={step.seq}
              className="flow-trace__step"
              data-testid="flow-trace-step"
              data-node-id={step.nodeId}
            >
              <p className="flow-trace__head">
                <span className="flow-trace__node">{name}</span>
                <span className="flow-problem__type">{step.nodeType}</span>
                <span className="muted">
                  {step.exitedAt
                    ? t('flowTest.trace.span', {
                        entered: formatClock(step.enteredAt, locale),
                        exited: formatClock(step.exitedAt, locale),
                      })
                    : t('flowTest.trace.enteredOnly', { entered: formatClock(step.enteredAt, locale) })}
                </span>
              </p>
              <p className="flow-trace__outcome">
                {step.dropReason
                  ? t('flowTest.trace.dropped', { reason: t(`flowsPage.dropReason.${step.dropReason}`) })
                  : step.port
                    ? t('flowTest.trace.port', { port: step.port })
                    : step.exitedAt
                      ? t('flowTest.trace.endedHere')
                      : t('flowTest.trace.here')}
              </p>
              <TraceData step={step} />
            </li>
          );
        })}
    </ol>
  );
}
