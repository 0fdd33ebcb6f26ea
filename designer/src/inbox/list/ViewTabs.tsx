import { conversationViews, type ConversationCounts, type ConversationView } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  /** The view the list shows (from the address, or the default). */
  current: ConversationView | null;
  counts: ConversationCounts | undefined;
  countsFailed: boolean;
}

/**
 * Mine / Unassigned / My teams / Queue / All, each with its open conversations: links that change
 * the address's view and keep the open conversation and the other filters.
 */
export function ViewTabs({ current, counts, countsFailed }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  return (
    <nav className="view-tabs" aria-label={t('inboxWork.views.label')}>
      <ul className="view-tabs__list">
        {conversationViews.map((view) => {
          const count = counts?.[view];
          return (
            <li key={view}>
              <Link
                to="."
                search={(prev) => ({ ...prev, view })}
                className="view-tab"
                activeOptions={{ exact: true, includeSearch: true }}
                activeProps={{ className: '' }}
                aria-current={view === current ? 'page' : undefined}
                data-testid={`view-tab-${view}`}
              >
                <span className="view-tab__name">{t(`inboxWork.views.${view}`)}</span>
                {count !== undefined && (
                  <span className="view-tab__count">
                    <span aria-hidden="true">{number.format(count)}</span>
                    <span className="visually-hidden">{t('inboxWork.views.count', { count })}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
      {countsFailed && (
        <p className="view-tabs__error" role="status">
          {t('inboxWork.views.countsFailed')}
        </p>
      )}
    </nav>
  );
}
