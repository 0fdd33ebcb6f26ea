import type { Conversation, FlowRunResponse } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { DetailsList, type DetailRow } from '../../ui/DetailsList';
import { nodeName } from '../versions/graph-names';
import { conversationLabel } from './conversation-label';
import { formatClock } from './format-clock';
import { RunStatusBadge } from './RunStatusBadge';

interface Props {
  run: FlowRunResponse;
  graph: FlowGraph;
  conversations: readonly Conversation[];
}

/** A run's state: how it stands or ended, on whose conversation, when, and where it waits now. */
export function RunSummary({ run, graph, conversations }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const conversation = conversations.find((c) => c.id === run.conversationId);
  const rows: DetailRow[] = [
    [t('flowTest.trace.status'), <RunStatusBadge key="status" status={run.status} />],
    [
      t('flowTest.trace.conversation'),
      conversation ? conversationLabel(conversation, t) : run.conversationId,
    ],
    [t('flowTest.trace.started'), formatClock(run.startedAt, locale)],
    [t('flowTest.trace.ended'), run.endedAt ? formatClock(run.endedAt, locale) : null],
  ];
  if (run.currentNodeId) rows.push([t('flowTest.trace.waitingIn'), nodeName(graph, run.currentNodeId).name]);
  if (run.dropReason)
    rows.push([t('flowTest.trace.dropReason'), t(`flowsPage.dropReason.${run.dropReason}`)]);
  if (run.detail) rows.push([t('flowTest.trace.detail'), run.detail]);
  return (
    <div aria-live="polite">
      <DetailsList rows={rows} />
    </div>
  );
}
