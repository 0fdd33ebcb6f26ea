import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { useCan } from '../../shell/use-session';
import { templatesQuery } from '../../templates/templates.api';
import { Page } from '../../ui/Page';
import { StatePanel } from '../../ui/StatePanel';
import { channelAccountQuery } from '../channel-accounts.query';
import { automaticRepliesQuery } from './automatic-replies.api';
import { AutomaticRepliesForm } from './AutomaticRepliesForm';

const route = getRouteApi('/app/settings/integrations/$accountId/automatic-replies');

/** `settings/integrations/$accountId/automatic-replies`: the account's automatic replies; admins change them. */
export function AutomaticRepliesPage() {
  const { t } = useTranslation();
  const { accountId } = route.useParams();
  const canManage = useCan('channels:manage');
  const canReadTemplates = useCan('templates:read');
  const account = useQuery(channelAccountQuery(accountId));
  const settings = useQuery(automaticRepliesQuery(accountId));
  const whatsapp = account.data?.channel === 'whatsapp';
  const templates = useQuery({ ...templatesQuery(accountId), enabled: whatsapp && canReadTemplates });
  const back = (
    <Link to="/settings/integrations/$accountId" params={{ accountId }}>
      ← {account.data?.name ?? t('integrations.allIntegrations')}
    </Link>
  );

  const failed = account.error ?? settings.error;
  if (!account.data || !settings.data || (whatsapp && canReadTemplates && templates.isPending)) {
    const notFound = failed?.status === 404 || failed?.status === 400;
    return (
      <Page title={t('autoReplies.title')} back={back}>
        {!failed ? (
          <StatePanel tone="loading" title={t('common.loading')} />
        ) : (
          <StatePanel
            tone="error"
            title={notFound ? t('integrations.details.notFound') : t('autoReplies.loadFailed')}
            body={notFound ? undefined : errorText(failed, t)}
            onRetry={
              notFound
                ? undefined
                : () => {
                    void account.refetch();
                    void settings.refetch();
                  }
            }
          />
        )}
      </Page>
    );
  }

  return (
    <Page
      title={t('autoReplies.titleFor', { name: account.data.name })}
      back={back}
      intro={<p>{t('autoReplies.intro')}</p>}
    >
      <AutomaticRepliesForm
        key={accountId}
        account={account.data}
        settings={settings.data}
        templates={templates.data ?? null}
        canManage={canManage}
      />
    </Page>
  );
}
