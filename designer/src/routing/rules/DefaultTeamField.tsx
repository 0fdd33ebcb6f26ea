import type { Team } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../forms/FieldShell';

interface Props {
  value: string | null;
  teams: readonly Team[];
  /** What the API said against it on the last save. */
  refused: readonly string[];
  onChange: (teamId: string | null) => void;
}

/** Where conversations no rule routes go: a team, or nowhere (they stay unassigned). */
export function DefaultTeamField({ value, teams, refused, onChange }: Props) {
  const { t } = useTranslation();
  const deleted = value !== null && !teams.some((team) => team.id === value);
  const error = refused.length > 0 ? { type: 'server', message: refused.join(' ') } : undefined;
  return (
    <FieldShell label={t('routingPage.defaultTeam.label')} error={error}>
      {(control) => (
        <select
          className="field__input"
          {...control}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
          data-testid="routing-default-team"
        >
          <option value="">{t('routingPage.defaultTeam.none')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
          {deleted && <option value={value}>{t('routingPage.defaultTeam.deleted')}</option>}
        </select>
      )}
    </FieldShell>
  );
}
