import type { ApiIssue } from '@parley/contracts';
import { useTranslation } from 'react-i18next';

/** What the API refused in an imported file, field by field (`document.graph.nodes.2.type`). */
export function ImportIssues({ issues }: { issues: readonly ApiIssue[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert--error" data-testid="flow-import-issues">
      <p>{t('flowsPage.import.refused', { count: issues.length })}</p>
      <ul className="flow-import-issues">
        {issues.map((issue, i) => (
          <li key={`${issue.path}|${i}`}>
            <code>{issue.path || t('flowsPage.import.wholeFile')}</code> {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
