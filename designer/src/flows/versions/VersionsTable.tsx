import type { FlowVersionSummary } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import type { DiffSide } from '../flow-versions.api';
import { VersionRow } from './VersionRow';

interface Props {
  versions: readonly FlowVersionSummary[];
  from: number | undefined;
  to: DiffSide | undefined;
  onToggle: (version: number) => void;
  onCompareDraft: (version: number) => void;
  onView: (version: number) => void;
  onRollback: (version: FlowVersionSummary) => void;
}

const columns = ['compare', 'version', 'note', 'published', 'running', 'actions'] as const;

/** The published versions, newest first, each with a box to compare it. */
export function VersionsTable({ versions, from, to, ...actions }: Props) {
  const { t } = useTranslation();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <div className="table-wrap">
      <table className="table" aria-label={t('flowVersions.tableLabel')}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`flowVersions.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((version) => (
            <VersionRow
              key={version.version}
              version={version}
              ticked={from === version.version || to === version.version}
              {...actions}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
