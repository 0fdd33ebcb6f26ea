import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { addPageWords } from '../../i18n/i18n';
import { flowsPagesWords } from '../../i18n/locales/flows-pages';
import { channelAccountsQuery } from '../../integrations/channel-accounts.query';
import '../../styles/flows.css';
import { FeedbackRegions } from '../../ui/FeedbackRegions';
import { Page } from '../../ui/Page';
import { StatePanel } from '../../ui/StatePanel';
import { useFeedback } from '../../ui/use-feedback';
import { flowsQuery } from '../flows.api';
import { FlowsTable } from './FlowsTable';
import { ImportFlowDialog } from './ImportFlowDialog';
import { NewFlowDialog } from './NewFlowDialog';

addPageWords(flowsPagesWords);

/** Flows (in its own chunk): every flow with its state; creating, importing, duplicating, deleting. */
export function FlowsPage() {
  const { t } = useTranslation();
  const flows = useQuery(flowsQuery);
  const accounts = useQuery(channelAccountsQuery);
  const feedback = useFeedback();
  const [opening, setOpening] = useState<'new' | 'import' | null>(null);

  let content;
  if (flows.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (flows.isError)
    content = (
      <StatePanel
        tone="error"
        title={t('flowsPage.loadFailed')}
        body={errorText(flows.error, t)}
        onRetry={() => void flows.refetch()}
      />
    );
  else
    content = (
      <>
        <FeedbackRegions feedback={feedback} />
        {flows.data.length === 0 ? (
          <div className="notice notice--info" data-testid="flows-empty">
            <p className="notice__title">{t('flowsPage.empty.title')}</p>
            <p>{t('flowsPage.empty.what')}</p>
            <p>{t('flowsPage.empty.how')}</p>
          </div>
        ) : (
          <FlowsTable flows={flows.data} accounts={accounts.data ?? null} feedback={feedback} />
        )}
      </>
    );

  return (
    <Page
      title={t('flowsPage.title')}
      intro={<p>{t('flowsPage.intro')}</p>}
      actions={
        <>
          <button
            type="button"
            className="button"
            onClick={() => setOpening('import')}
            data-testid="flows-import"
          >
            {t('flowsPage.import.button')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setOpening('new')}
            data-testid="flows-new"
          >
            {t('flowsPage.new.button')}
          </button>
        </>
      }
    >
      {content}
      {opening === 'new' && <NewFlowDialog onClose={() => setOpening(null)} />}
      {opening === 'import' && <ImportFlowDialog onClose={() => setOpening(null)} />}
    </Page>
  );
}
