import type { Conversation } from '@parley/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { Dialog } from '../../ui/Dialog';
import { snoozeConversation } from '../thread-work.api';
import { useNow } from '../use-now';
import { RoutingAlert } from './RoutingAlert';
import {
  snoozePreset,
  snoozePresetIds,
  snoozeUntil,
  toLocalInputValue,
  type SnoozeChoice,
} from './snooze-presets';
import { useConversationMove } from './use-conversation-move';

interface Props {
  conversation: Conversation;
  onClose: () => void;
  onMoved: (announcement: string) => void;
}

/**
 * "Snooze…": out of the open list until a time — in an hour, tomorrow 9:00, next Monday 9:00 (in
 * the browser's time zone), or a date and time of the agent's choosing.
 */
export function SnoozeDialog({ conversation, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const now = useNow(30_000);
  const customId = useId();
  const [choice, setChoice] = useState<SnoozeChoice>('hour');
  const [custom, setCustom] = useState(() => toLocalInputValue(snoozePreset('tomorrow', new Date())));
  const [attempted, setAttempted] = useState(false);
  const move = useConversationMove(conversation.id, (announcement) => {
    onMoved(announcement);
    onClose();
  });
  const chosen = snoozeUntil(choice, custom, now);
  const problem = 'problem' in chosen && (attempted || choice === 'custom') ? chosen.problem : null;

  return (
    <Dialog title={t('threadWork.snooze.title')} onClose={onClose}>
      <form
        className="form form--inline"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setAttempted(true);
          if (move.isPending) return;
          const at = snoozeUntil(choice, custom, new Date()); // "in an hour" from now, not from opening
          if (!('until' in at)) return;
          move.mutate({
            run: () => snoozeConversation(conversation.id, at.until),
            done: t('threadWork.done.snoozed', { time: formatDateTime(at.until, locale) }),
          });
        }}
      >
        <fieldset className="fieldset snooze-choices">
          <legend>{t('threadWork.snooze.until')}</legend>
          {snoozePresetIds.map((id) => (
            <label key={id} className="snooze-choices__option">
              <input
                type="radio"
                name="snooze"
                value={id}
                checked={choice === id}
                onChange={() => {
                  setChoice(id);
                  move.reset();
                }}
                data-testid={`snooze-${id}`}
              />
              <span className="snooze-choices__label">{t(`threadWork.snooze.${id}`)}</span>
              <span className="snooze-choices__time">
                {formatDateTime(snoozePreset(id, now).toISOString(), locale)}
              </span>
            </label>
          ))}
          <label className="snooze-choices__option">
            <input
              type="radio"
              name="snooze"
              value="custom"
              checked={choice === 'custom'}
              onChange={() => {
                setChoice('custom');
                move.reset();
              }}
              data-testid="snooze-custom"
            />
            <span className="snooze-choices__label">{t('threadWork.snooze.custom')}</span>
          </label>
          {choice === 'custom' && (
            <div className="field snooze-choices__custom">
              <label className="field__label" htmlFor={customId}>
                {t('threadWork.snooze.customLabel')}
              </label>
              <input
                id={customId}
                type="datetime-local"
                className="field__input field__input--compact"
                value={custom}
                min={toLocalInputValue(now)}
                onChange={(e) => {
                  setCustom(e.target.value);
                  move.reset();
                }}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${customId}-error` : undefined}
                data-testid="snooze-custom-time"
              />
              {problem && (
                <p id={`${customId}-error`} className="field__error">
                  {t(`threadWork.snooze.${problem}`)}
                </p>
              )}
            </div>
          )}
        </fieldset>
        <p className="field__hint">
          {t('threadWork.snooze.zone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
        </p>
        <RoutingAlert error={move.error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={move.isPending || (choice === 'custom' && problem !== null)}
            aria-busy={move.isPending || undefined}
            data-testid="snooze-submit"
          >
            {t('threadWork.snooze.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
