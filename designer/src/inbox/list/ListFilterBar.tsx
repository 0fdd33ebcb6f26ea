import { channelIds, conversationStatuses, type Team } from '@parley/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  narrowed,
  statusFilters,
  teamViews,
  windowFilters,
  type InboxSearch,
  type ListFilters,
} from './inbox-search';

interface Props {
  filters: ListFilters;
  teams: Team[] | undefined;
  teamsFailed: boolean;
  myTeamIds: readonly string[] | null;
  /** Changes the address: the list reloads from its first page. */
  onChange: (patch: Partial<InboxSearch>) => void;
  onClear: () => void;
}

const byName = (a: Team, b: Team) => a.name.localeCompare(b.name);

/** Status, reply window, channel, team (where the view takes one) and a contact tag. */
export function ListFilterBar({ filters, teams, teamsFailed, myTeamIds, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const ids = { status: useId(), window: useId(), channel: useId(), team: useId(), tag: useId() };
  const statuses = filters.view === 'all' ? statusFilters : conversationStatuses;
  const mine = teams?.filter((team) => myTeamIds?.includes(team.id)).sort(byName) ?? [];
  const others = teams?.filter((team) => !myTeamIds?.includes(team.id)).sort(byName) ?? [];
  const allTeamsLabel =
    filters.view === 'all' ? t('inboxWork.filters.anyTeam') : t('inboxWork.filters.myTeams');

  return (
    <fieldset className="list-filters" data-testid="list-filters">
      <legend className="visually-hidden">{t('inboxWork.filters.label')}</legend>
      {filters.view !== 'queue' && (
        <div className="list-filters__field">
          <label htmlFor={ids.status} className="list-filters__label">
            {t('inboxWork.filters.status')}
          </label>
          <select
            id={ids.status}
            className="list-filters__input"
            value={filters.status}
            onChange={(e) =>
              onChange({ status: statusFilters.find((s) => s === e.target.value && s !== 'open') })
            }
          >
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`inboxWork.filters.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="list-filters__field">
        <label htmlFor={ids.window} className="list-filters__label">
          {t('inboxWork.filters.window')}
        </label>
        <select
          id={ids.window}
          className="list-filters__input"
          value={filters.window ?? ''}
          onChange={(e) => onChange({ window: windowFilters.find((w) => w === e.target.value) })}
        >
          <option value="">{t('inboxWork.filters.windowAny')}</option>
          {windowFilters.map((w) => (
            <option key={w} value={w}>
              {t(`inboxWork.filters.windows.${w}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="list-filters__field">
        <label htmlFor={ids.channel} className="list-filters__label">
          {t('inboxWork.filters.channel')}
        </label>
        <select
          id={ids.channel}
          className="list-filters__input"
          value={filters.channel ?? ''}
          onChange={(e) => onChange({ channel: channelIds.find((c) => c === e.target.value) })}
        >
          <option value="">{t('inboxWork.filters.channelAny')}</option>
          {channelIds.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </select>
      </div>
      {teamViews.has(filters.view) && (
        <div className="list-filters__field">
          <label htmlFor={ids.team} className="list-filters__label">
            {t('inboxWork.filters.team')}
          </label>
          <select
            id={ids.team}
            className="list-filters__input"
            value={filters.teamId ?? ''}
            disabled={!teams && !filters.teamId}
            aria-describedby={teamsFailed ? `${ids.team}-error` : undefined}
            onChange={(e) => onChange({ teamId: e.target.value || undefined })}
          >
            <option value="">{allTeamsLabel}</option>
            {mine.length > 0 && (
              <optgroup label={t('inboxWork.filters.yourTeams')}>
                {mine.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </optgroup>
            )}
            {others.length > 0 && (
              <optgroup label={t('inboxWork.filters.otherTeams')}>
                {others.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </optgroup>
            )}
            {filters.teamId && !teams?.some((team) => team.id === filters.teamId) && (
              <option value={filters.teamId}>{t('inboxWork.filters.unknownTeam')}</option>
            )}
          </select>
          {teamsFailed && (
            <p id={`${ids.team}-error`} className="list-filters__error">
              {t('inboxWork.filters.teamsFailed')}
            </p>
          )}
        </div>
      )}
      <TagFilter id={ids.tag} tag={filters.tag} onChange={(tag) => onChange({ tag })} />
      {narrowed(filters) && (
        <button type="button" className="link-button list-filters__clear" onClick={onClear}>
          {t('inboxWork.filters.clear')}
        </button>
      )}
    </fieldset>
  );
}

/** The contact-tag filter: applied on Enter or with its button, so the list does not reload per key. */
function TagFilter({
  id,
  tag,
  onChange,
}: {
  id: string;
  tag: string | null;
  onChange: (tag: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(tag ?? '');
  const [shown, setShown] = useState(tag);
  if (shown !== tag) {
    // The address changed (back button, "Clear filters"): the box follows it.
    setShown(tag);
    setDraft(tag ?? '');
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(draft.trim().slice(0, 64) || undefined);
  };
  return (
    <form className="list-filters__field list-filters__tag" role="search" onSubmit={submit}>
      <label htmlFor={id} className="list-filters__label">
        {t('inboxWork.filters.tag')}
      </label>
      <span className="list-filters__tag-row">
        <input
          id={id}
          className="list-filters__input"
          type="search"
          maxLength={64}
          value={draft}
          placeholder={t('inboxWork.filters.tagPlaceholder')}
          onChange={(e) => {
            setDraft(e.target.value);
            if (e.target.value === '' && tag !== null) onChange(undefined); // emptied: the filter goes
          }}
        />
        <button type="submit" className="button button--small">
          {t('inboxWork.filters.applyTag')}
        </button>
      </span>
    </form>
  );
}
