import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { channelAccountsQuery } from '../../integrations/channel-accounts.query';
import { useCan } from '../../shell/use-session';
import { FeedbackRegions } from '../../ui/FeedbackRegions';
import { Page } from '../../ui/Page';
import { NoWhatsAppAccount } from '../NoWhatsAppAccount';
import { StatePanel } from '../../ui/StatePanel';
import { useFeedback } from '../../ui/use-feedback';
import { TemplateGroupsSection } from '../groups/TemplateGroupsSection';
import { pickAccount, whatsappAccountsOf } from '../whatsapp-accounts';
import { SyncTemplates } from './SyncTemplates';
import { TemplateList } from './TemplateList';

const route = getRouteApi('/app/templates');

/** Templates: one WhatsApp account's templates by group, filterable; admins create, sync and switch. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const canManage = useCan('templates:manage');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const accounts = useQuery(channelAccountsQuery);
  const feedback = useFeedback();
  const pickerId = useId();
  const title = t('templates.title');
  const intro = <p>{t('templates.intro')}</p>;

  if (accounts.isPending)
    return (
      <Page title={title} intro={intro}>
        <StatePanel tone="loading" title={t('common.loading')} />
      </Page>
    );
  if (accounts.isError)
    return (
      <Page title={title} intro={intro}>
        <StatePanel
          tone="error"
          title={t('templates.loadFailed')}
          body={errorText(accounts.error, t)}
          onRetry={() => void accounts.refetch()}
        />
      </Page>
    );

  const whatsapp = whatsappAccountsOf(accounts.data);
  const account = pickAccount(whatsapp, search.account);
  if (!account)
    return (
      <Page title={title} intro={intro}>
        <NoWhatsAppAccount />
      </Page>
    );

  return (
    <Page
      title={title}
      intro={intro}
      actions={
        canManage && (
          <Link className="button button--primary" to="/templates/new" search={{ account: account.id }}>
            {t('templates.newTemplate')}
          </Link>
        )
      }
    >
      <div className="toolbar toolbar--spread">
        {whatsapp.length > 1 && (
          <div className="toolbar">
            <label htmlFor={pickerId} className="field__label">
              {t('templates.account')}
            </label>
            <select
              id={pickerId}
              className="field__input field__input--compact"
              value={account.id}
              onChange={(e) =>
                void navigate({
                  search: (prev) => ({ ...prev, account: e.target.value, language: undefined }),
                })
              }
            >
              {whatsapp.map((a) => (
                <option key={a.id} value={a.id}>
                  {t('templates.accountOption', { name: a.name, number: a.whatsapp.displayPhoneNumber })}
                </option>
              ))}
            </select>
          </div>
        )}
        {canManage && <SyncTemplates accountId={account.id} />}
      </div>
      <FeedbackRegions feedback={feedback} />
      <TemplateList accountId={account.id} canManage={canManage} feedback={feedback} />
      {canManage && <TemplateGroupsSection feedback={feedback} />}
    </Page>
  );
}
