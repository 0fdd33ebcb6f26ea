import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { ChannelBadge } from '../inbox/ChannelBadge';
import { Page } from '../ui/Page';
import { StatePanel } from '../ui/StatePanel';
import { deadLetterQuery } from './dead-letters.api';
import { DeadLetterStatus } from './DeadLetterStatus';
import { ReplayButton } from './ReplayButton';
import { type DetailRow, DetailsList } from '../ui/DetailsList';

const route = getRouteApi('/app/settings/webhook-deliveries/$deadLetterId');

/** One unreadable delivery: what is known about it, its raw body, and Replay. */
export function DeadLetterPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { deadLetterId } = route.useParams();
  const query = useQuery(deadLetterQuery(deadLetterId));
  const back = <Link to="/settings/webhook-deliveries">← {t('deliveries.detail.back')}</Link>;

  if (!query.data) {
    const notFound = query.error?.status === 404 || query.error?.status === 400;
    return (
      <Page title={t('deliveries.detail.title')} back={back}>
        {query.isPending ? (
          <StatePanel tone="loading" title={t('common.loading')} />
        ) : (
          <StatePanel
            tone="error"
            title={notFound ? t('deliveries.detail.notFound') : t('deliveries.loadFailed')}
            body={!notFound && query.error ? errorText(query.error, t) : undefined}
            onRetry={notFound ? undefined : () => void query.refetch()}
          />
        )}
      </Page>
    );
  }

  const d = query.data;
  const rows: DetailRow[] = [
    [t('deliveries.column.received'), formatDateTime(d.receivedAt, locale)],
    [t('deliveries.column.channel'), <ChannelBadge channel={d.channel} />],
    [t('deliveries.column.account'), d.channelAccount?.name ?? t('deliveries.unknownAccount')],
    [t('deliveries.column.error'), d.error],
    [t('deliveries.column.status'), <DeadLetterStatus deadLetter={d} />],
    [t('deliveries.detail.attempts'), String(d.replayAttempts)],
    [t('deliveries.detail.lastReplayError'), d.lastReplayError],
  ];
  return (
    <Page title={t('deliveries.detail.title')} back={back}>
      <DetailsList rows={rows} />
      <ReplayButton deadLetter={d} />
      <section className="section" aria-labelledby="body-heading">
        <h2 id="body-heading" className="section__title">
          {t('deliveries.detail.body')}
        </h2>
        <pre className="raw-body" tabIndex={0} aria-label={t('deliveries.detail.bodyLabel')}>
          {d.body}
        </pre>
      </section>
    </Page>
  );
}
