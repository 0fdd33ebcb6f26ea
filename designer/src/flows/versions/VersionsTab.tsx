import type { FlowDetail, FlowVersionSummary } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { FeedbackRegions } from '../../ui/FeedbackRegions';
import { StatePanel } from '../../ui/StatePanel';
import { useFeedback } from '../../ui/use-feedback';
import { flowVersionsQuery, type DiffSide } from '../flow-versions.api';
import { FlowDiffView } from './FlowDiffView';
import { RollbackDialog } from './RollbackDialog';
import { nextSelection } from './version-selection';
import { VersionJsonDialog } from './VersionJsonDialog';
import { VersionsTable } from './VersionsTable';

const route = getRouteApi('/app/flows/$flowId');

interface Props {
  flow: FlowDetail;
  /** The diff's sides, from the address. */
  from: number | undefined;
  to: DiffSide | undefined;
}

/** The Versions tab: every published version; comparing two (or one with the draft), viewing, rolling back. */
export function VersionsTab({ flow, from, to }: Props) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const versions = useQuery(flowVersionsQuery(flow.id));
  const feedback = useFeedback();
  const [viewing, setViewing] = useState<number | null>(null);
  const [rollingBack, setRollingBack] = useState<FlowVersionSummary | null>(null);
  const compare = (side: { from: number | undefined; to: DiffSide | undefined }) =>
    void navigate({ search: (prev) => ({ ...prev, ...side }), replace: true });

  if (versions.isPending) return <StatePanel tone="loading" title={t('common.loading')} />;
  if (versions.isError)
    return (
      <StatePanel
        tone="error"
        title={t('flowVersions.loadFailed')}
        body={errorText(versions.error, t)}
        onRetry={() => void versions.refetch()}
      />
    );
  if (versions.data.length === 0)
    return (
      <p className="muted" data-testid="flow-versions-empty">
        {t('flowVersions.empty')}
      </p>
    );

  return (
    <div className="flow-versions">
      <FeedbackRegions feedback={feedback} />
      <p className="muted">{t('flowVersions.intro')}</p>
      <VersionsTable
        versions={versions.data}
        from={from}
        to={to}
        onToggle={(version) => compare(nextSelection(from, to, version))}
        onCompareDraft={(version) => compare({ from: version, to: 'draft' })}
        onView={setViewing}
        onRollback={setRollingBack}
      />
      {from !== undefined && to === undefined && <p className="muted">{t('flowVersions.pickAnother')}</p>}
      {from !== undefined && to !== undefined && <FlowDiffView flow={flow} from={from} to={to} />}
      {viewing !== null && (
        <VersionJsonDialog flowId={flow.id} version={viewing} onClose={() => setViewing(null)} />
      )}
      {rollingBack && (
        <RollbackDialog
          flowId={flow.id}
          version={rollingBack}
          onClose={() => setRollingBack(null)}
          onDone={(rolledBack) => {
            setRollingBack(null);
            feedback.announce(
              t('flowVersions.rollback.done', {
                version: rolledBack.publishedVersion ?? 0,
                from: rollingBack.version,
              }),
            );
          }}
        />
      )}
    </div>
  );
}
