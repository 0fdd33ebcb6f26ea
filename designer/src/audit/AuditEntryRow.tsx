import type { AuditEntry } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatFull } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { auditActionLabel, auditActorLabel } from './audit-labels';
import { FieldDiff } from './FieldDiff';

/** One recorded action: when, who, what, on what, and the fields it changed. */
export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const target = entry.target.label ?? entry.target.id ?? entry.target.type;
  return (
    <tr>
      <td>
        <time dateTime={entry.at} title={formatFull(entry.at, locale)}>
          {formatDateTime(entry.at, locale)}
        </time>
      </td>
      <td>{auditActorLabel(entry.actor, t)}</td>
      <th scope="row">{auditActionLabel(entry.action, t)}</th>
      <td>
        <span className="audit-target">
          <span className="audit-target__type">{entry.target.type}</span> {target}
        </span>
      </td>
      <td>
        <FieldDiff before={entry.before} after={entry.after} target={target} />
      </td>
    </tr>
  );
}
