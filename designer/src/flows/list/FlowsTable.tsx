import type { ChannelAccount, FlowSummary } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../inbox/use-now';
import type { Feedback } from '../../ui/use-feedback';
import { FlowRow } from './FlowRow';

interface Props {
  flows: readonly FlowSummary[];
  accounts: readonly ChannelAccount[] | null;
  feedback: Feedback;
}

const columns = [
  'name',
  'status',
  'version',
  'accounts',
  'problems',
  'running',
  'edited',
  'actions',
] as const;

/** Every flow, by name: its state, version, accounts, problems, runs and last edit. */
export function FlowsTable({ flows, accounts, feedback }: Props) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const sorted = [...flows].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="page-heading">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`flowsPage.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((flow) => (
            <FlowRow key={flow.id} flow={flow} accounts={accounts} now={now} feedback={feedback} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
