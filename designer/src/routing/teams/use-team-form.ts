import type { Team } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, type FieldPath, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/api-error';
import type { Translate } from '../../i18n/translate';
import { createTeam, updateTeam } from '../teams.api';
import { teamSaved } from '../teams.cache';
import { teamField, teamResolver, teamValues, type TeamBody, type TeamFormValues } from './team-form';

/** The engine's code for a team name the organisation already has (proposed to the engine). */
const NAME_TAKEN = 'TEAM_EXISTS';

/**
 * A refused save on the form: the API's issues under the fields they name, a taken name under the
 * name; returns the error for the form's alert when anything is left over, else null.
 */
export function reportTeamFailure(
  failure: unknown,
  setError: UseFormSetError<TeamFormValues>,
  t: Translate,
): ApiError | null {
  const error = toApiError(failure);
  if (error.code === NAME_TAKEN) {
    setError('name', { type: 'server', message: t('teamsPage.issue.nameTaken') }, { shouldFocus: true });
    return null;
  }
  let placed = 0;
  let rest = 0;
  for (const issue of error.issues) {
    const field = teamField(issue.path) as FieldPath<TeamFormValues> | null;
    if (field === null) rest += 1;
    else setError(field, { type: 'server', message: issue.message }, { shouldFocus: placed++ === 0 });
  }
  return placed > 0 && rest === 0 ? null : error;
}

/** The create or edit form of a team, saved with POST or PATCH (every field), into the cached list. */
export function useTeamForm(team: Team | null, onSaved: (team: Team) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: TeamBody) => (team ? updateTeam(team.id, body) : createTeam(body)),
    onSuccess: (saved) => teamSaved(queryClient, saved),
  });
  const form = useForm<TeamFormValues, unknown, TeamBody>({
    resolver: useMemo(() => teamResolver(t), [t]),
    defaultValues: teamValues(team),
  });
  const [failure, setFailure] = useState<ApiError | null>(null);

  const onSubmit = form.handleSubmit(async (body) => {
    setFailure(null);
    try {
      onSaved(await save.mutateAsync(body));
    } catch (e) {
      setFailure(reportTeamFailure(e, form.setError, t));
    }
  });

  return { form, failure, onSubmit };
}
