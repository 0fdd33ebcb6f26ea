import type { ChannelAccount, FlowSummary } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { Badge } from '../ui/Badge';
import { activeAccountsText } from './account-names';
import { FlowStatusBadge } from './FlowStatusBadge';

/** Under a flow's heading: its state, published version, where it is active, runs now, last edit. */
export function FlowFacts({
  flow,
  accounts,
}: {
  flow: FlowSummary;
  accounts: readonly ChannelAccount[] | null;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const activeOn = activeAccountsText(flow.channelAccountIds, accounts, t);
  const edited = formatDateTime(flow.updatedAt, locale);
  return (
    <>
      {flow.description && <p>{flow.description}</p>}
      <p className="flow-facts" data-testid="flow-facts">
        <FlowStatusBadge status={flow.status} />
        <span>
          {flow.publishedVersion === null
            ? t('flowsPage.facts.neverPublished')
            : t('flowsPage.facts.published', { version: flow.publishedVersion })}
        </span>
        {flow.unpublishedChanges && flow.publishedVersion !== null && (
          <Badge tone="info">{t('flowsPage.facts.unpublishedChanges')}</Badge>
        )}
        <span>
          {activeOn === null
            ? t('flowsPage.facts.activeNowhere')
            : t('flowsPage.facts.activeOn', { accounts: activeOn })}
        </span>
        <span>{t('flowsPage.facts.running', { count: flow.runningCount })}</span>
        <span>
          {flow.updatedBy
            ? t('flowsPage.facts.editedBy', { name: flow.updatedBy.name, date: edited })
            : t('flowsPage.facts.edited', { date: edited })}
        </span>
      </p>
    </>
  );
}
