import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../shell/use-session';
import { Page } from '../ui/Page';
import { CreateTokenForm } from './CreateTokenForm';
import { TokensTable } from './TokensTable';

/** Settings → API tokens: everyone's own; admins see and revoke all. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const session = useSession();
  const seesAll = useCan('tokens:manage');
  return (
    <Page
      title={t('tokens.title')}
      intro={
        <>
          <p>{t('tokens.intro')}</p>
          {seesAll && <p>{t('tokens.introAdmin')}</p>}
        </>
      }
    >
      <section className="section" aria-labelledby="create-token-heading">
        <h2 id="create-token-heading" className="section__title">
          {t('tokens.create.heading')}
        </h2>
        <CreateTokenForm permissions={session.permissions} />
      </section>
      <section className="section" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="section__title">
          {t('tokens.list.heading')}
        </h2>
        <TokensTable showOwner={seesAll} />
      </section>
    </Page>
  );
}
