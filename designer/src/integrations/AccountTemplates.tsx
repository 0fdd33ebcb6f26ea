import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { StatePanel } from '../ui/StatePanel';
import { accountTemplatesQuery } from './channel-accounts.query';

/** The templates imported from the account's WhatsApp Business Account. */
export function AccountTemplates({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const templates = useQuery(accountTemplatesQuery(accountId));

  let content;
  if (templates.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (templates.isError) {
    content = (
      <StatePanel
        tone="error"
        title={t('integrations.templates.loadFailed')}
        body={errorText(templates.error, t)}
        onRetry={() => void templates.refetch()}
      />
    );
  } else if (templates.data.length === 0)
    content = <p className="muted">{t('integrations.templates.empty')}</p>;
  else {
    content = (
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('integrations.templates.name')}</th>
              <th scope="col">{t('integrations.templates.language')}</th>
              <th scope="col">{t('integrations.templates.category')}</th>
              <th scope="col">{t('integrations.templates.status')}</th>
              <th scope="col">{t('integrations.templates.importedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {templates.data.map((template) => (
              <tr key={template.id}>
                <th scope="row" className="table__code">
                  {template.name}
                </th>
                <td>{template.language}</td>
                <td>{template.category}</td>
                <td>{template.status}</td>
                <td>{formatDateTime(template.importedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="section" aria-labelledby="templates-heading">
      <h2 id="templates-heading" className="section__title">
        {t('integrations.templates.heading')}
      </h2>
      <p className="section__intro">{t('integrations.templates.intro')}</p>
      {content}
    </section>
  );
}
