import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { addPageWords } from '../../i18n/i18n';
import { creditsPageWords } from '../../i18n/locales/credits-page';
import '../../styles/credits-page.css';
import { Page } from '../../ui/Page';
import { StatePanel } from '../../ui/StatePanel';
import { creditAccountQuery } from '../credits.api';
import { BalanceCard } from './BalanceCard';
import { BuyCredits } from './BuyCredits';
import { CreditSettingsForm } from './CreditSettingsForm';
import { browserTimeZone } from './ledger-filters';
import { LedgerSection } from './LedgerSection';
import { PurchaseStatus } from './PurchaseStatus';
import { RecentPurchases } from './RecentPurchases';
import { UsageSection } from './UsageSection';

const route = getRouteApi('/app/settings/credits');

addPageWords(creditsPageWords);

/**
 * Settings → Credits (loaded with its chart library only when opened): the balance, buying
 * credits and how far a purchase got (`?purchase=` after Stripe Checkout), the recent purchases,
 * usage, the ledger, and the settings.
 */
export function CreditsPage() {
  const { t } = useTranslation();
  const { purchase } = route.useSearch();
  const navigate = route.useNavigate();
  const account = useQuery(creditAccountQuery);
  const timeZone = useMemo(browserTimeZone, []);

  if (!account.data)
    return (
      <Page title={t('creditsPage.title')}>
        {account.isError ? (
          <StatePanel
            tone="error"
            title={t('creditsPage.loadFailed')}
            body={errorText(account.error, t)}
            onRetry={() => void account.refetch()}
          />
        ) : (
          <StatePanel tone="loading" title={t('common.loading')} />
        )}
      </Page>
    );

  return (
    <Page title={t('creditsPage.title')} intro={<p>{t('creditsPage.intro')}</p>}>
      <BalanceCard account={account.data} />
      <BuyCredits
        account={account.data}
        onStarted={(started) => void navigate({ search: { purchase: started.id }, replace: true })}
      />
      {purchase && <PurchaseStatus key={purchase} id={purchase} />}
      <RecentPurchases />
      <UsageSection timeZone={timeZone} />
      <LedgerSection timeZone={timeZone} />
      <CreditSettingsForm account={account.data} />
    </Page>
  );
}
