import type { Team, User } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../ui/use-feedback';
import { TeamRow } from './TeamRow';

interface Props {
  teams: readonly Team[];
  users: readonly User[];
  onEdit: (team: Team) => void;
  feedback: Feedback;
}

const columns = ['name', 'strategy', 'members', 'sla', 'actions'] as const;

/** Every team, with how it assigns, who is in it and its first-response target. */
export function TeamsTable({ teams, users, onEdit, feedback }: Props) {
  const { t } = useTranslation();
  const usersById = new Map(users.map((user) => [user.id, user]));
  const teamsById = new Map(teams.map((team) => [team.id, team]));
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="page-heading">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`teamsPage.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <TeamRow
              key={team.id}
              team={team}
              users={usersById}
              teams={teamsById}
              onEdit={onEdit}
              feedback={feedback}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
