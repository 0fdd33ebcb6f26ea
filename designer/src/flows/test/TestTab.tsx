import type { FlowDetail } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RecentTestRuns } from './RecentTestRuns';
import { StartTestRun } from './StartTestRun';
import { recentConversationsQuery } from './test-conversations.api';
import { TestRunTrace } from './TestRunTrace';

const route = getRouteApi('/app/flows/$flowId');

/**
 * The Test tab: runs the draft, unpublished, on a sandbox customer's conversation and follows the
 * run step by step. Test runs are left out of analytics.
 */
export function TestTab({ flow, runId }: { flow: FlowDetail; runId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const conversations = useQuery(recentConversationsQuery);
  const show = (id: string) => void navigate({ search: (prev) => ({ ...prev, run: id }) });
  return (
    <div className="flow-test">
      <div className="page__intro">
        <p>{t('flowTest.intro')}</p>
        <p>{t('flowTest.notCounted')}</p>
      </div>
      <StartTestRun
        flowId={flow.id}
        graph={flow.draft.graph}
        conversations={conversations}
        onStarted={show}
      />
      {runId && (
        <TestRunTrace runId={runId} graph={flow.draft.graph} conversations={conversations.data ?? []} />
      )}
      <RecentTestRuns
        flowId={flow.id}
        current={runId}
        conversations={conversations.data ?? []}
        onShow={show}
      />
    </div>
  );
}
