import type { FlowAnalytics } from '@parley/contracts';
import type { FlowDropReason } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './format-duration';

interface Props {
  node: FlowAnalytics['nodes'][number];
  /** The most runs any node had, for the length of this node's bar. */
  most: number;
  locale: string;
}

/** One node's figures; its bar shows how many runs reached it against the busiest node. */
export function NodeAnalyticsRow({ node, most, locale }: Props) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(locale);
  const completed = Object.entries(node.completed).filter(([, count]) => count > 0);
  const dropped = Object.entries(node.dropped).filter(([, count]) => count > 0);
  return (
    <tr data-testid="flow-node-row" data-node-id={node.nodeId}>
      <th scope="row">
        <span className="cell-stack">
          <span>{node.label ?? node.nodeId}</span>
          <span className="muted flow-problem__type">{node.nodeType}</span>
        </span>
      </th>
      <td>
        <span className="flow-bar">
          <span
            className="flow-bar__fill"
            style={{ width: `${(node.entered / most) * 100}%` }}
            aria-hidden="true"
          />
          <span className="flow-bar__value">{number.format(node.entered)}</span>
        </span>
      </td>
      <td>
        {completed.length === 0 ? (
          <span className="muted">{t('common.dash')}</span>
        ) : (
          <ul className="flow-counts">
            {completed.map(([port, count]) => (
              <li key={port}>
                <code>{port}</code>: {number.format(count)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {dropped.length === 0 ? (
          <span className="muted">{t('common.dash')}</span>
        ) : (
          <ul className="flow-counts">
            {dropped.map(([reason, count]) => (
              <li key={reason}>
                {t(`flowsPage.dropReason.${reason as FlowDropReason}`)}: {number.format(count)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{number.format(node.waiting)}</td>
      <td>
        {node.medianMs === null ? (
          <span className="muted">{t('common.dash')}</span>
        ) : (
          formatDuration(node.medianMs, locale)
        )}
      </td>
    </tr>
  );
}
