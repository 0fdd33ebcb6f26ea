import type { ChannelAccount, FlowSummary } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatFull, formatRelative } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { Feedback } from '../../ui/use-feedback';
import { activeAccountsText } from '../account-names';
import { FlowStatusBadge } from '../FlowStatusBadge';
import { DeleteFlowButton } from './DeleteFlowButton';
import { DuplicateFlowButton } from './DuplicateFlowButton';

interface Props {
  flow: FlowSummary;
  accounts: readonly ChannelAccount[] | null;
  now: Date;
  feedback: Feedback;
}

/** One flow in the list; its name opens it. */
export function FlowRow({ flow, accounts, now, feedback }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const activeOn = activeAccountsText(flow.channelAccountIds, accounts, t);
  return (
    <tr data-testid="flow-row" data-flow-id={flow.id}>
      <th scope="row">
        <span className="cell-stack">
          <Link to="/flows/$flowId" params={{ flowId: flow.id }}>
            {flow.name}
          </Link>
          {flow.description && <span className="muted flow-row__description">{flow.description}</span>}
        </span>
      </th>
      <td>
        <FlowStatusBadge status={flow.status} />
      </td>
      <td>
        {flow.publishedVersion === null ? (
          <span className="muted">{t('common.notYet')}</span>
        ) : (
          <span className="cell-stack">
            <span>{t('flowsPage.version', { version: flow.publishedVersion })}</span>
            {flow.unpublishedChanges && (
              <span className="muted">{t('flowsPage.facts.unpublishedChanges')}</span>
            )}
          </span>
        )}
      </td>
      <td>{activeOn ?? <span className="muted">{t('common.dash')}</span>}</td>
      <td data-testid="flow-problem-count">
        {flow.problemCount === 0 ? (
          <span className="muted">{t('flowsPage.problems.none')}</span>
        ) : (
          <span className="flow-row__problems">
            {t('flowsPage.problems.count', { count: flow.problemCount })}
          </span>
        )}
      </td>
      <td>{flow.runningCount}</td>
      <td>
        <span className="cell-stack">
          <time dateTime={flow.updatedAt} title={formatFull(flow.updatedAt, locale)}>
            {formatRelative(flow.updatedAt, now, locale, t)}
          </time>
          {flow.updatedBy && <span className="muted">{flow.updatedBy.name}</span>}
        </span>
      </td>
      <td>
        <span className="table__actions">
          <Link className="button button--small" to="/flows/$flowId" params={{ flowId: flow.id }}>
            {t('flowsPage.open')}
            <span className="visually-hidden"> {flow.name}</span>
          </Link>
          <DuplicateFlowButton flow={flow} feedback={feedback} />
          <DeleteFlowButton flow={flow} feedback={feedback} />
        </span>
      </td>
    </tr>
  );
}
