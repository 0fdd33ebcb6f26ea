import type { AutomaticRepliesResponse, BusinessHours, ChannelAccount } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { errorText } from '../errors/describe-error';
import { useLocale } from '../i18n/use-locale';
import { AccountIdentity } from '../integrations/AccountIdentity';
import { Badge, type BadgeTone } from '../ui/Badge';
import { DetailsList } from '../ui/DetailsList';
import {
  formatHoliday,
  holidaySummary,
  listText,
  openState,
  weekSummary,
  zonedNow,
  type OpenState,
} from './hours-summary';

interface Props {
  account: ChannelAccount;
  /** The account's automatic replies, undefined while they load. */
  settings: AutomaticRepliesResponse | undefined;
  error: ApiError | null;
  onRetry: () => void;
  now: Date;
  onEdit: () => void;
}

const stateTone: Record<OpenState, BadgeTone> = {
  open: 'success',
  closed: 'neutral',
  holiday: 'warning',
  none: 'neutral',
};

/** One channel account: whether it is open now, its time zone, weekly hours and holidays; edit them. */
export function AccountHoursCard({ account, settings, error, onRetry, now, onEdit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const hours = settings?.businessHours ?? null;
  const state = settings ? openState(hours, now) : null;
  return (
    <section
      className="section hours-card"
      aria-labelledby={`${id}-name`}
      data-testid="business-hours-account"
      data-account-id={account.id}
    >
      <header className="hours-card__header">
        <div className="hours-card__title">
          <h2 id={`${id}-name`} className="section__title">
            {account.name}
          </h2>
          <span className="muted">
            <AccountIdentity account={account} />
          </span>
        </div>
        <p className="hours-card__badges">
          {state && (
            <span data-testid="business-hours-state" data-state={state}>
              <Badge tone={stateTone[state]}>{t(`settingsWork.businessHours.account.${state}`)}</Badge>
            </span>
          )}
          {!account.connected ? (
            <Badge tone="danger">{t('integrations.state.disconnected')}</Badge>
          ) : (
            !account.enabled && <Badge tone="warning">{t('integrations.state.off')}</Badge>
          )}
        </p>
      </header>
      {settings ? (
        <HoursDetails hours={hours} now={now} />
      ) : error ? (
        <div className="alert alert--error" role="alert">
          <p>{t('settingsWork.businessHours.account.loadFailed')}</p>
          <p className="alert__detail">{errorText(error, t)}</p>
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      <div className="section__row">
        {settings && (
          <button
            type="button"
            className="button button--small"
            onClick={onEdit}
            data-testid="business-hours-edit"
          >
            {t('settingsWork.businessHours.account.edit')}
            <span className="visually-hidden"> {account.name}</span>
          </button>
        )}
        <Link to="/settings/integrations/$accountId/automatic-replies" params={{ accountId: account.id }}>
          {t('autoReplies.title')}
          <span className="visually-hidden"> {account.name}</span>
        </Link>
      </div>
    </section>
  );
}

/** The hours themselves: the time there, the zone, the week and the holidays; or that there are none. */
function HoursDetails({ hours, now }: { hours: BusinessHours | null; now: Date }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!hours) return <p className="muted">{t('settingsWork.businessHours.account.noneHint')}</p>;
  const holidays = holidaySummary(hours, now);
  const week = (
    <ul className="hours-summary" data-testid="business-hours-week">
      {weekSummary(hours, locale).map((day) => (
        <li key={day.day} className="hours-summary__day">
          <span className="hours-summary__name">{day.name}</span>
          <span className={day.ranges.length === 0 ? 'muted' : undefined}>
            {day.ranges.length === 0 ? t('autoReplies.hours.closed') : listText(day.ranges, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
  const closed = (
    <span className="cell-stack" data-testid="business-hours-holidays">
      <span>
        {holidays.upcoming.length === 0
          ? t('settingsWork.businessHours.account.noHolidays')
          : listText(
              holidays.upcoming.map((date) => formatHoliday(date, locale)),
              locale,
            )}
      </span>
      {holidays.past > 0 && (
        <span className="muted">
          {t('settingsWork.businessHours.account.pastHolidays', { count: holidays.past })}
        </span>
      )}
    </span>
  );
  return (
    <>
      <p className="muted">
        {t('settingsWork.businessHours.account.localTime', {
          time: zonedNow(hours.timeZone, now).time,
          timeZone: hours.timeZone,
        })}
      </p>
      <DetailsList
        rows={[
          [t('autoReplies.hours.timeZone'), hours.timeZone],
          [t('settingsWork.businessHours.account.weekly'), week],
          [t('autoReplies.hours.closedDates'), closed],
        ]}
      />
    </>
  );
}
