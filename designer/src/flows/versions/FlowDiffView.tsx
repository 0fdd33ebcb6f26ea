import type { FlowDetail } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { StatePanel } from '../../ui/StatePanel';
import { flowDiffQuery, flowVersionQuery, type DiffSide } from '../flow-versions.api';
import { DiffCanvas } from './DiffCanvas';
import { FlowDiffList } from './FlowDiffList';

/** The structural diff of two versions, or of a version and the draft, as the engine computes it. */
export function FlowDiffView({ flow, from, to }: { flow: FlowDetail; from: number; to: DiffSide }) {
  const { t } = useTranslation();
  const diff = useQuery(flowDiffQuery(flow.id, from, to));
  const before = useQuery(flowVersionQuery(flow.id, from));
  const after = useQuery({
    ...flowVersionQuery(flow.id, typeof to === 'number' ? to : 0),
    enabled: to !== 'draft',
  });
  const beforeGraph = before.data?.graph ?? null;
  const afterGraph = to === 'draft' ? flow.draft.graph : (after.data?.graph ?? null);
  const side = (s: DiffSide) =>
    s === 'draft' ? t('flowVersions.draft') : t('flowVersions.version', { version: s });

  return (
    <section className="section" aria-labelledby="flow-diff-heading">
      <h2 id="flow-diff-heading" className="section__title">
        {t('flowVersions.diff.title', { from: side(from), to: side(to) })}
      </h2>
      {diff.isPending && <StatePanel tone="loading" title={t('common.loading')} />}
      {diff.isError && (
        <StatePanel
          tone="error"
          title={t('flowVersions.diff.loadFailed')}
          body={errorText(diff.error, t)}
          onRetry={() => void diff.refetch()}
        />
      )}
      {diff.data && beforeGraph && afterGraph && <DiffCanvas before={beforeGraph} after={afterGraph} />}
      {diff.data && <FlowDiffList diff={diff.data} before={beforeGraph} after={afterGraph} />}
    </section>
  );
}
