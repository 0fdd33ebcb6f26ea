import type { Conversation } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { testRunsQuery } from '../flow-runs.api';
import { conversationLabel } from './conversation-label';
import { RunStatusBadge } from './RunStatusBadge';

interface Props {
  flowId: string;
  /** The run whose trace is shown. */
  current: string | undefined;
  conversations: readonly Conversation[];
  onShow: (runId: string) => void;
}

/** This flow's earlier test runs, newest first, each a way back to its trace. */
export function RecentTestRuns({ flowId, current, conversations, onShow }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const runs = useQuery(testRunsQuery(flowId));
  const byId = new Map(conversations.map((c) => [c.id, c]));
  let content;
  if (runs.isPending) content = <p className="muted">{t('common.loading')}</p>;
  else if (runs.isError) content = <p className="inline-error">{errorText(runs.error, t)}</p>;
  else if (runs.data.length === 0) content = <p className="muted">{t('flowTest.recent.none')}</p>;
  else
    content = (
      <div className="table-wrap">
        <table className="table" aria-labelledby="flow-test-runs-heading">
          <thead>
            <tr>
              <th scope="col">{t('flowTest.recent.started')}</th>
              <th scope="col">{t('flowTest.recent.conversation')}</th>
              <th scope="col">{t('flowTest.recent.status')}</th>
              <th scope="col">{t('flowTest.recent.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {[...runs.data]
              .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
              .map((run) => {
                const conversation = byId.get(run.conversationId);
                return (
                  <tr key={run.id} data-testid="flow-test-run-row">
                    <td>{formatDateTime(run.startedAt, locale)}</td>
                    <td>{conversation ? conversationLabel(conversation, t) : run.conversationId}</td>
                    <td>
                      <RunStatusBadge status={run.status} />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-current={run.id === current ? 'true' : undefined}
                        onClick={() => onShow(run.id)}
                      >
                        {t('flowTest.recent.show')}
                      </button>
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
    );
  return (
    <section className="section" aria-labelledby="flow-test-runs-heading">
      <h2 id="flow-test-runs-heading" className="section__title">
        {t('flowTest.recent.title')}
      </h2>
      {content}
    </section>
  );
}
