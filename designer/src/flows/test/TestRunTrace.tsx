import type { Conversation } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { StatePanel } from '../../ui/StatePanel';
import { flowRunQuery } from '../flow-runs.api';
import { RunSummary } from './RunSummary';
import { TraceSteps } from './TraceSteps';

interface Props {
  runId: string;
  /** The draft, to name the nodes the run passed through. */
  graph: FlowGraph;
  conversations: readonly Conversation[];
}

/** A test run as it happens: read every second while it runs, its steps as the interpreter took them. */
export function TestRunTrace({ runId, graph, conversations }: Props) {
  const { t } = useTranslation();
  const run = useQuery(flowRunQuery(runId));
  return (
    <section className="section" aria-labelledby="flow-trace-heading" data-testid="flow-trace">
      <h2 id="flow-trace-heading" className="section__title">
        {t('flowTest.trace.title')}
      </h2>
      {run.isPending && <StatePanel tone="loading" title={t('common.loading')} />}
      {run.isError && !run.data && (
        <StatePanel
          tone="error"
          title={t('flowTest.trace.loadFailed')}
          body={errorText(run.error, t)}
          onRetry={() => void run.refetch()}
        />
      )}
      {run.data && (
        <>
          <RunSummary run={run.data} graph={graph} conversations={conversations} />
          <p className="toolbar">
            <Link to="/inbox/$conversationId" params={{ conversationId: run.data.conversationId }}>
              {t('flowTest.trace.openInbox')}
            </Link>
          </p>
          <TraceSteps steps={run.data.steps} graph={graph} />
        </>
      )}
    </section>
  );
}
