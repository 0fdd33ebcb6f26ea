import type { ConversationView } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatePanel } from '../../ui/StatePanel';
import { narrowed, type ListFilters } from './inbox-search';

interface Props {
  filters: ListFilters;
  /** Whether the signed-in person is in a team (false: the team and queue views explain why they are empty). */
  inATeam: boolean | null;
  onClearFilters: () => void;
}

/** What an empty list says, and where to look instead: the queue, everything, or without the filters. */
export function EmptyList({ filters, inATeam, onClearFilters }: Props) {
  const { t } = useTranslation();
  const view = filters.view;
  if (narrowed(filters))
    return (
      <StatePanel title={t('inboxWork.empty.filteredTitle')} body={t('inboxWork.empty.filteredBody')}>
        <button type="button" className="button" onClick={onClearFilters}>
          {t('inboxWork.filters.clear')}
        </button>
      </StatePanel>
    );
  const noTeam = (view === 'team' || view === 'queue') && inATeam === false;
  const elsewhere: ConversationView[] =
    view === 'mine' ? (inATeam ? ['queue', 'all'] : ['all']) : view === 'all' ? [] : ['all'];
  return (
    <StatePanel
      title={t(`inboxWork.empty.${view}.title`)}
      body={noTeam ? t('inboxWork.empty.noTeam') : t(`inboxWork.empty.${view}.body`)}
    >
      {elsewhere.length > 0 && (
        <p className="empty-list__links">
          {elsewhere.map((to) => (
            <Link
              key={to}
              className="button"
              to="."
              search={(prev) => ({ ...prev, view: to })}
              data-testid={`empty-see-${to}`}
            >
              {t(`inboxWork.empty.see.${to}`)}
            </Link>
          ))}
        </p>
      )}
    </StatePanel>
  );
}
