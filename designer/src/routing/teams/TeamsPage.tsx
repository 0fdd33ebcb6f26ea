import type { Team } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { addPageWords } from '../../i18n/i18n';
import { routingPagesWords } from '../../i18n/locales/routing-pages';
import { usersQuery } from '../../people/people.api';
import '../../styles/routing-pages.css';
import { FeedbackRegions } from '../../ui/FeedbackRegions';
import { Page } from '../../ui/Page';
import { StatePanel } from '../../ui/StatePanel';
import { useFeedback } from '../../ui/use-feedback';
import { teamsQuery } from '../teams.api';
import { TeamDialog } from './TeamDialog';
import { TeamsTable } from './TeamsTable';

addPageWords(routingPagesWords);

/** Settings → Teams (in its own chunk): the teams, creating, editing and deleting them. */
export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useQuery(teamsQuery);
  const users = useQuery(usersQuery);
  const feedback = useFeedback();
  const [editing, setEditing] = useState<Team | 'new' | null>(null);

  let content;
  if (teams.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (teams.isError)
    content = (
      <StatePanel
        tone="error"
        title={t('teamsPage.loadFailed')}
        body={errorText(teams.error, t)}
        onRetry={() => void teams.refetch()}
      />
    );
  else
    content = (
      <>
        <FeedbackRegions feedback={feedback} />
        {teams.data.length === 0 ? (
          <p className="muted">{t('teamsPage.empty')}</p>
        ) : (
          <TeamsTable teams={teams.data} users={users.data ?? []} onEdit={setEditing} feedback={feedback} />
        )}
      </>
    );

  return (
    <Page
      title={t('teamsPage.title')}
      intro={<p>{t('teamsPage.intro')}</p>}
      actions={
        <button
          type="button"
          className="button button--primary"
          disabled={!teams.data}
          onClick={() => setEditing('new')}
          data-testid="teams-new"
        >
          {t('teamsPage.new')}
        </button>
      }
    >
      {content}
      {editing && teams.data && (
        <TeamDialog
          team={editing === 'new' ? null : editing}
          teams={teams.data}
          users={users.isError ? null : (users.data ?? [])}
          onClose={() => setEditing(null)}
          onSaved={(team) => {
            setEditing(null);
            feedback.announce(t('teamsPage.saved', { name: team.name }));
          }}
        />
      )}
    </Page>
  );
}
