import type { FlowVersionSummary } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { Badge } from '../../ui/Badge';

interface Props {
  version: FlowVersionSummary;
  ticked: boolean;
  onToggle: (version: number) => void;
  onCompareDraft: (version: number) => void;
  onView: (version: number) => void;
  onRollback: (version: FlowVersionSummary) => void;
}

/** One published version: its note, who published it when, whether it is current, its runs. */
export function VersionRow({ version, ticked, onToggle, onCompareDraft, onView, onRollback }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const label = t('flowVersions.version', { version: version.version });
  const published = formatDateTime(version.publishedAt, locale);
  return (
    <tr data-testid="flow-version-row" data-version={version.version}>
      <td>
        <input
          type="checkbox"
          checked={ticked}
          onChange={() => onToggle(version.version)}
          aria-label={t('flowVersions.compareBox', { version: version.version })}
          data-testid="flow-version-compare"
        />
      </td>
      <th scope="row">
        <span className="cell-stack">
          <span>{label}</span>
          {version.current && <Badge tone="success">{t('flowVersions.current')}</Badge>}
          {version.rolledBackFrom !== null && (
            <span className="muted">
              {t('flowVersions.rolledBackFrom', { version: version.rolledBackFrom })}
            </span>
          )}
        </span>
      </th>
      <td className="table__wrap-text">
        {version.note || <span className="muted">{t('common.dash')}</span>}
      </td>
      <td>
        {version.publishedBy
          ? t('common.byOn', { name: version.publishedBy.name, date: published })
          : published}
      </td>
      <td>{version.runningCount}</td>
      <td>
        <span className="table__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => onCompareDraft(version.version)}
          >
            {t('flowVersions.compareDraft')}
            <span className="visually-hidden"> {label}</span>
          </button>
          <button type="button" className="button button--small" onClick={() => onView(version.version)}>
            {t('flowVersions.view')}
            <span className="visually-hidden"> {label}</span>
          </button>
          {!version.current && (
            <button
              type="button"
              className="button button--small"
              onClick={() => onRollback(version)}
              data-testid="flow-version-rollback"
            >
              {t('flowVersions.rollback.button')}
              <span className="visually-hidden"> {label}</span>
            </button>
          )}
        </span>
      </td>
    </tr>
  );
}
