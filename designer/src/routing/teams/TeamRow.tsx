import type { Team, User } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../ui/use-feedback';
import { DeleteTeamButton } from './DeleteTeamButton';
import { memberNames, slaText, strategyText } from './team-summary';

interface Props {
  team: Team;
  users: ReadonlyMap<string, User>;
  teams: ReadonlyMap<string, Team>;
  onEdit: (team: Team) => void;
  feedback: Feedback;
}

/** One team: its name, how it assigns, its members, its first-response target; edit or delete it. */
export function TeamRow({ team, users, teams, onEdit, feedback }: Props) {
  const { t } = useTranslation();
  const names = memberNames(team, users, t);
  return (
    <tr data-testid="team-row" data-team-id={team.id}>
      <th scope="row">{team.name}</th>
      <td>{strategyText(team, t)}</td>
      <td>
        <span className="cell-stack">
          <span>
            {names.length === 0
              ? t('teamsPage.members.none')
              : t('teamsPage.members.count', { count: names.length })}
          </span>
          {names.length > 0 && <span className="muted team-row__names">{names.join(', ')}</span>}
        </span>
      </td>
      <td>{slaText(team, teams, t)}</td>
      <td>
        <span className="table__actions">
          <button type="button" className="button button--small" onClick={() => onEdit(team)}>
            {t('teamsPage.edit')}
            <span className="visually-hidden"> {team.name}</span>
          </button>
          <DeleteTeamButton team={team} feedback={feedback} />
        </span>
      </td>
    </tr>
  );
}
