import type { Team } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../ui/DeleteButton';
import type { Feedback } from '../../ui/use-feedback';
import { deleteTeam } from '../teams.api';
import { teamDeleted } from '../teams.cache';

/** Deletes a team after asking; the outcome is announced above the list. */
export function DeleteTeamButton({ team, feedback }: { team: Team; feedback: Feedback }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <DeleteButton
      name={team.name}
      label={t('teamsPage.delete.button')}
      title={t('teamsPage.delete.title', { name: team.name })}
      confirmLabel={t('teamsPage.delete.confirm')}
      done={t('teamsPage.delete.done', { name: team.name })}
      remove={() => deleteTeam(team.id)}
      onDeleted={() => void teamDeleted(queryClient, team.id)}
      feedback={feedback}
    >
      <p>{t('teamsPage.delete.body')}</p>
    </DeleteButton>
  );
}
