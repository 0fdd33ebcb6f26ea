import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { flowTabs, type FlowTab } from './flow-search';

/** Draft / Versions / Analytics / Test: links that change the address's tab, keeping the rest. */
export function FlowTabs({ current }: { current: FlowTab }) {
  const { t } = useTranslation();
  return (
    <nav className="view-tabs flow-tabs" aria-label={t('flowsPage.tabs.label')}>
      <ul className="view-tabs__list">
        {flowTabs.map((tab) => (
          <li key={tab}>
            <Link
              to="."
              search={(prev) => ({ ...prev, tab })}
              className="view-tab"
              activeOptions={{ exact: true, includeSearch: true }}
              activeProps={{ className: '' }}
              aria-current={tab === current ? 'page' : undefined}
              data-testid={`flow-tab-${tab}`}
            >
              <span className="view-tab__name">{t(`flowsPage.tabs.${tab}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
