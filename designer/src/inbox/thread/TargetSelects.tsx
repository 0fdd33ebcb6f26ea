import type { Team } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';
import type { AgentChoice } from './agent-choices';

interface LoadState {
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

function LoadProblem({ loading, error, onRetry }: LoadState) {
  const { t } = useTranslation();
  if (loading) return <p className="field__hint">{t('threadWork.move.loading')}</p>;
  if (error == null) return null;
  return (
    <p className="field__error">
      {errorText(toApiError(error), t)}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </p>
  );
}

interface AgentProps extends LoadState {
  choices: readonly AgentChoice[];
  value: string;
  onChange: (userId: string) => void;
  /** The conversation's team, whose members come first. */
  teamName: string | null;
}

/** Picks the agent to give the conversation to: its team's members first. */
export function AgentSelect({ choices, value, onChange, teamName, ...load }: AgentProps) {
  const { t } = useTranslation();
  const id = useId();
  const members = choices.filter((c) => c.inTeam);
  const others = choices.filter((c) => !c.inTeam);
  const option = (c: AgentChoice) => (
    <option key={c.id} value={c.id}>
      {t('threadWork.move.agentOption', {
        name: c.name,
        availability: t(`threadWork.move.availability.${c.availability}`),
        open: c.openCount,
        capacity: c.capacity,
      })}
    </option>
  );
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('threadWork.move.agent')}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={load.loading}
        data-testid="move-agent"
      >
        <option value="">{t('threadWork.move.chooseAgent')}</option>
        {members.length > 0 && teamName ? (
          <>
            <optgroup label={t('threadWork.move.inTeam', { team: teamName })}>{members.map(option)}</optgroup>
            {others.length > 0 && (
              <optgroup label={t('threadWork.move.others')}>{others.map(option)}</optgroup>
            )}
          </>
        ) : (
          choices.map(option)
        )}
      </select>
      <LoadProblem {...load} />
      {!load.loading && load.error == null && choices.length === 0 && (
        <p className="field__hint">{t('threadWork.move.noAgents')}</p>
      )}
    </div>
  );
}

interface TeamProps extends LoadState {
  teams: readonly Team[];
  value: string;
  onChange: (teamId: string) => void;
  currentTeamId: string | null;
}

/** Picks the team whose queue the conversation goes to. */
export function TeamSelect({ teams, value, onChange, currentTeamId, ...load }: TeamProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('threadWork.move.team')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('threadWork.move.teamHint')}
      </p>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={load.loading}
        aria-describedby={`${id}-hint`}
        data-testid="move-team"
      >
        <option value="">{t('threadWork.move.chooseTeam')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.id === currentTeamId ? t('threadWork.move.currentTeam', { team: team.name }) : team.name}
          </option>
        ))}
      </select>
      <LoadProblem {...load} />
      {!load.loading && load.error == null && teams.length === 0 && (
        <p className="field__hint">{t('threadWork.move.noTeams')}</p>
      )}
    </div>
  );
}
