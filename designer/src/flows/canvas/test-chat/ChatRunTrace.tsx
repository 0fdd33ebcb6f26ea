import type { FlowRunResponse } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { RunStatusBadge } from '../../test/RunStatusBadge';
import { TraceSteps } from '../../test/TraceSteps';

/** The chat's test run: its status and the steps it took, the nodes named as the draft draws them. */
export function ChatRunTrace({ run, graph }: { run: FlowRunResponse | null; graph: FlowGraph }) {
  const { t } = useTranslation();
  if (!run) return <p className="muted">{t('flowTestChat.noRun')}</p>;
  return (
    <section className="chat-run" aria-label={t('flowTestChat.run')}>
      <p className="chat-run__head">
        {t('flowTestChat.run')} <RunStatusBadge status={run.status} />
      </p>
      <details className="chat-run__steps" open>
        <summary>{t('flowTestChat.steps')}</summary>
        <TraceSteps steps={run.steps} graph={graph} />
      </details>
    </section>
  );
}
