import { useTranslation } from 'react-i18next';
import { fieldDiff } from './field-diff';

interface Props {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** What changed, for the table's name. */
  target: string;
}

/** The fields an action changed, before and after, as a small table. */
export function FieldDiff({ before, after, target }: Props) {
  const { t } = useTranslation();
  const changes = fieldDiff(before, after);
  if (changes.length === 0) return null;
  return (
    <table className="diff" aria-label={t('audit.diff.changesOf', { target })}>
      <thead>
        <tr>
          <th scope="col">{t('audit.diff.field')}</th>
          <th scope="col">{t('audit.diff.before')}</th>
          <th scope="col">{t('audit.diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">
              <code>{change.field}</code>
            </th>
            <td className="diff__before">
              {change.before ?? <span className="muted">{t('audit.diff.empty')}</span>}
            </td>
            <td className="diff__after">
              {change.after ?? <span className="muted">{t('audit.diff.empty')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
