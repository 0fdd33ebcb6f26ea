import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { channelAccountsQuery } from '../../integrations/channel-accounts.query';
import { useLocale } from '../../i18n/use-locale';
import { Page } from '../../ui/Page';
import { NoWhatsAppAccount } from '../NoWhatsAppAccount';
import { StatePanel } from '../../ui/StatePanel';
import { defaultTemplateLanguage } from '../template-language';
import { templateGroupsQuery } from '../templates.api';
import { pickAccount, whatsappAccountsOf } from '../whatsapp-accounts';
import { TemplateEditor } from './TemplateEditor';
import { emptyTemplateValues } from './template-form-values';

const route = getRouteApi('/app/templates/new');

/** Templates → New template: the editor for a new template, submitted to WhatsApp for review. */
export function NewTemplatePage() {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const { account: wanted } = route.useSearch();
  const navigate = useNavigate();
  const accounts = useQuery(channelAccountsQuery);
  const groups = useQuery(templateGroupsQuery);
  const title = t('templates.form.createTitle');
  const back = (
    <Link to="/templates" search={{ account: wanted }}>
      ← {t('templates.form.back')}
    </Link>
  );

  const failed = accounts.error ?? groups.error;
  if (!accounts.data || !groups.data)
    return (
      <Page title={title} back={back}>
        {failed ? (
          <StatePanel
            tone="error"
            title={t('templates.loadFailed')}
            body={errorText(failed, t)}
            onRetry={() => void Promise.all([accounts.refetch(), groups.refetch()])}
          />
        ) : (
          <StatePanel tone="loading" title={t('common.loading')} />
        )}
      </Page>
    );

  const whatsapp = whatsappAccountsOf(accounts.data);
  const account = pickAccount(whatsapp, wanted);
  if (!account)
    return (
      <Page title={title} back={back}>
        <NoWhatsAppAccount />
      </Page>
    );

  return (
    <Page title={title} back={back}>
      <TemplateEditor
        mode="create"
        defaultValues={emptyTemplateValues(
          account.id,
          defaultTemplateLanguage(lang),
          t('templates.form.defaultCopyButton'),
        )}
        initialFile={null}
        accounts={whatsapp}
        groups={groups.data}
        onSaved={(saved) => void navigate({ to: '/templates/$templateId', params: { templateId: saved.id } })}
        cancel={
          <Link className="button" to="/templates" search={{ account: account.id }}>
            {t('common.cancel')}
          </Link>
        }
      />
    </Page>
  );
}
