import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { useNow } from '../inbox/use-now';
import { automaticRepliesQuery } from '../integrations/automatic-replies/automatic-replies.api';
import { channelAccountsQuery } from '../integrations/channel-accounts.query';
import { routingRulesQuery } from '../routing/routing-rules.api';
import { teamsQuery } from '../routing/teams.api';
import { useCan } from '../shell/use-session';
import '../styles/settings-work.css';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { Page } from '../ui/Page';
import { StatePanel } from '../ui/StatePanel';
import { useFeedback } from '../ui/use-feedback';
import { AccountHoursCard } from './AccountHoursCard';
import { AccountHoursDialog } from './AccountHoursDialog';
import { HoursUsage } from './HoursUsage';

/** Often enough that "open now" turns when the hour does. */
const CLOCK_MS = 30_000;

/**
 * Settings → Business hours (in its own chunk): every channel account's hours and whether it is
 * open now, edited here and saved into its automatic replies, which is where they live.
 */
export function BusinessHoursPage() {
  const { t } = useTranslation();
  const now = useNow(CLOCK_MS);
  const canRoute = useCan('routing:manage');
  const accounts = useQuery(channelAccountsQuery);
  const settings = useQueries({
    queries: (accounts.data ?? []).map((account) => automaticRepliesQuery(account.id)),
  });
  const teams = useQuery({ ...teamsQuery, enabled: canRoute });
  const rules = useQuery({ ...routingRulesQuery, enabled: canRoute });
  const feedback = useFeedback();
  const [editing, setEditing] = useState<string | null>(null);

  let content;
  if (accounts.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (accounts.isError)
    content = (
      <StatePanel
        tone="error"
        title={t('settingsWork.businessHours.loadFailed')}
        body={errorText(accounts.error, t)}
        onRetry={() => void accounts.refetch()}
      />
    );
  else if (accounts.data.length === 0)
    content = (
      <StatePanel tone="info" title={t('settingsWork.businessHours.empty')}>
        <Link to="/settings/integrations">{t('settingsWork.businessHours.emptyLink')}</Link>
      </StatePanel>
    );
  else
    content = (
      <>
        <FeedbackRegions feedback={feedback} />
        <div className="hours-cards">
          {accounts.data.map((account, i) => (
            <AccountHoursCard
              key={account.id}
              account={account}
              settings={settings[i]?.data}
              error={settings[i]?.error ?? null}
              onRetry={() => void settings[i]?.refetch()}
              now={now}
              onEdit={() => setEditing(account.id)}
            />
          ))}
        </div>
      </>
    );

  const index = accounts.data?.findIndex((account) => account.id === editing) ?? -1;
  const account = accounts.data?.[index];
  const editingSettings = settings[index]?.data;

  return (
    <Page
      title={t('settingsWork.businessHours.title')}
      intro={<p>{t('settingsWork.businessHours.intro')}</p>}
    >
      <HoursUsage
        teams={canRoute && teams.data ? teams.data : null}
        rules={canRoute && rules.data ? rules.data.rules : null}
      />
      {content}
      {account && editingSettings && (
        <AccountHoursDialog
          key={account.id}
          account={account}
          settings={editingSettings}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            feedback.announce(t('settingsWork.businessHours.saved', { name: account.name }));
          }}
        />
      )}
    </Page>
  );
}
