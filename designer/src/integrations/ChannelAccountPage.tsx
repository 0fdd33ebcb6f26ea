import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { useCan } from '../shell/use-session';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { Page } from '../ui/Page';
import { StatePanel } from '../ui/StatePanel';
import { useFeedback } from '../ui/use-feedback';
import { AccountDetails } from './AccountDetails';
import { AccountState } from './AccountState';
import { AccountSwitch } from './AccountSwitch';
import { channelAccountQuery } from './channel-accounts.query';
import { DisconnectAccountButton } from './DisconnectAccountButton';
import { RenameAccountButton } from './RenameAccountButton';

const route = getRouteApi('/app/settings/integrations/$accountId');

/**
 * One channel account: its details, its switch, rename and disconnect, and where its automatic
 * replies and templates are.
 */
export function ChannelAccountPage() {
  const { t } = useTranslation();
  const { accountId } = route.useParams();
  const canManage = useCan('channels:manage');
  const canReadTemplates = useCan('templates:read');
  const query = useQuery(channelAccountQuery(accountId));
  const feedback = useFeedback();
  const back = <Link to="/settings/integrations">← {t('integrations.allIntegrations')}</Link>;

  if (!query.data) {
    const notFound = query.error?.status === 404 || query.error?.status === 400;
    return (
      <Page title={t('integrations.title')} back={back}>
        {query.isPending ? (
          <StatePanel tone="loading" title={t('common.loading')} />
        ) : (
          <StatePanel
            tone="error"
            title={notFound ? t('integrations.details.notFound') : t('integrations.loadFailed')}
            body={!notFound && query.error ? errorText(query.error, t) : undefined}
            onRetry={notFound ? undefined : () => void query.refetch()}
          />
        )}
      </Page>
    );
  }

  const account = query.data;
  return (
    <Page title={account.name} back={back}>
      <FeedbackRegions feedback={feedback} />
      <section className="section" aria-labelledby="state-heading">
        <h2 id="state-heading" className="section__title">
          {t('integrations.details.stateHeading')}
        </h2>
        <AccountState account={account} />
        {canManage && account.connected && (
          <div className="section__row">
            <AccountSwitch account={account} />
            <p className="muted">{t('integrations.switchHint')}</p>
          </div>
        )}
      </section>
      <section className="section" aria-labelledby="details-heading">
        <h2 id="details-heading" className="section__title">
          {t('integrations.details.heading')}
        </h2>
        <AccountDetails account={account} />
      </section>
      {canManage && account.connected && (
        <section className="section" aria-labelledby="manage-heading">
          <h2 id="manage-heading" className="section__title">
            {t('integrations.details.manageHeading')}
          </h2>
          <div className="section__row">
            <RenameAccountButton account={account} />
            <DisconnectAccountButton account={account} feedback={feedback} />
          </div>
        </section>
      )}
      {account.connected && (
        <section className="section" aria-labelledby="auto-replies-heading">
          <h2 id="auto-replies-heading" className="section__title">
            {t('autoReplies.section.heading')}
          </h2>
          <p className="section__intro">{t('autoReplies.section.body')}</p>
          <p>
            <Link
              to="/settings/integrations/$accountId/automatic-replies"
              params={{ accountId: account.id }}
              data-testid="automatic-replies-link"
            >
              {canManage ? t('autoReplies.section.link') : t('autoReplies.section.view')}
            </Link>
          </p>
        </section>
      )}
      {account.channel === 'whatsapp' && account.connected && canReadTemplates && (
        <section className="section" aria-labelledby="templates-heading">
          <h2 id="templates-heading" className="section__title">
            {t('integrations.templates.heading')}
          </h2>
          <p>
            <Link to="/templates" search={{ account: account.id }}>
              {t('integrations.templates.link')}
            </Link>
          </p>
        </section>
      )}
    </Page>
  );
}
