import { availabilitySchema, type Availability } from '@parley/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { useLiveSignals } from '../live/live-events';
import { availabilityQuery, setAvailability } from './availability.api';

const choices = availabilitySchema.options;

/**
 * Online / away / offline for the signed-in person, with how many open conversations they have of
 * how many they take at once. Read again at every reconnection (the engine marks an absent agent
 * away by itself); the live load is kept up by the notifications' watch.
 */
export function AvailabilitySwitch() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const load = useQuery(availabilityQuery);
  const save = useMutation({
    mutationFn: setAvailability,
    onSuccess: (saved) => queryClient.setQueryData(availabilityQuery.queryKey, saved),
  });
  useLiveSignals((signal) => {
    if (signal.kind === 'open') void queryClient.invalidateQueries({ queryKey: availabilityQuery.queryKey });
  });

  const current = load.data;
  const shown: Availability | undefined = save.isPending
    ? save.variables.availability
    : current?.availability;
  const choose = (value: string) => {
    const availability = choices.find((c) => c === value);
    if (!availability || !current || availability === current.availability) return;
    save.mutate({ availability });
  };

  return (
    <div className={`availability availability--${shown ?? 'unknown'}`} data-testid="availability">
      <label htmlFor={id} className="availability__label">
        {t('inboxWork.availability.label')}
      </label>
      <span className="availability__dot" aria-hidden="true" />
      <select
        id={id}
        className="availability__select"
        value={shown ?? ''}
        disabled={!current || save.isPending}
        aria-describedby={`${id}-load ${id}-error`}
        onChange={(e) => choose(e.target.value)}
      >
        {!current && <option value="">…</option>}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`inboxWork.availability.${choice}`)}
          </option>
        ))}
      </select>
      <span id={`${id}-load`} className="availability__load">
        {current && (
          <>
            <span aria-hidden="true">
              {t('inboxWork.availability.load', { open: current.openCount, capacity: current.capacity })}
            </span>
            <span className="visually-hidden">
              {t('inboxWork.availability.loadLabel', { open: current.openCount, capacity: current.capacity })}
            </span>
          </>
        )}
      </span>
      <span id={`${id}-error`} role="alert" className="availability__error">
        {load.isError && !current && (
          <>
            {t('inboxWork.availability.loadFailed')}{' '}
            <button type="button" className="link-button" onClick={() => void load.refetch()}>
              {t('common.retry')}
            </button>
          </>
        )}
        {save.isError && `${t('inboxWork.availability.saveFailed')} ${errorText(save.error, t)}`}
      </span>
    </div>
  );
}
