import type { Team } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Feedback } from '../../ui/use-feedback';
import { deleteTeam } from '../teams.api';
import { teamDeleted } from '../teams.cache';

/** Deletes a team after asking; the outcome is announced above the list. */
export function DeleteTeamButton({ team, feedback }: { team: Team; feedback: Feedback }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({ mutationFn: () => deleteTeam(team.id) });
  const close = () => {
    setConfirming(false);
    remove.reset();
  };
  return (
    <>
      <button
        type="button"
        className="button button--small button--danger-outline"
        onClick={() => setConfirming(true)}
      >
        {t('teamsPage.delete.button')}
        <span className="visually-hidden"> {team.name}</span>
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('teamsPage.delete.title', { name: team.name })}
          confirmLabel={t('teamsPage.delete.confirm')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                setConfirming(false);
                feedback.announce(t('teamsPage.delete.done', { name: team.name }));
                void teamDeleted(queryClient, team.id);
              },
            })
          }
          onClose={close}
        >
          <p>{t('teamsPage.delete.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
