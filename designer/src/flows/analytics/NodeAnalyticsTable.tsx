import type { FlowAnalytics } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { NodeAnalyticsRow } from './NodeAnalyticsRow';

const columns = ['node', 'entered', 'completed', 'dropped', 'waiting', 'median'] as const;

/** Every node of the version: runs that entered it, left by each output or dropped, wait in it now. */
export function NodeAnalyticsTable({ nodes }: { nodes: FlowAnalytics['nodes'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const most = Math.max(1, ...nodes.map((node) => node.entered));
  if (nodes.length === 0) return <p className="muted">{t('flowAnalytics.noNodes')}</p>;
  return (
    <div className="table-wrap">
      <table className="table flow-node-table" aria-label={t('flowAnalytics.tableLabel')}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`flowAnalytics.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => (
            <NodeAnalyticsRow key={node.nodeId} node={node} most={most} locale={locale} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
