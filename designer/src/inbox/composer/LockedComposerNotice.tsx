import type { Conversation } from '@parley/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerLock } from './composer-lock';

interface Props {
  conversation: Conversation;
  /** The engine's WINDOW_CLOSED answer, with the templates usable now and the fallback. */
  serverLock: ServerLock | null;
  /** Something is written that could be held for the customer's answer. */
  hasDraft: boolean;
  /** The agent is writing a message to hold. */
  holding: boolean;
  sending: boolean;
  /** Send the fallback template now and the draft once the customer answers. */
  onHold: () => void;
  /** Unlock the composer to write a message to hold. */
  onStartHolding: () => void;
  /** The "Send a template" button (it opens the picker). */
  templateAction: ReactNode;
}

/**
 * The composer once the customer-service window has closed: why only templates can go, the
 * prominent way to send one, and, when the account has a fallback template, sending the draft
 * when the customer answers it.
 */
export function LockedComposerNotice(props: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { conversation, serverLock, hasDraft, holding, sending } = props;
  const fallback = serverLock?.error.fallbackTemplate ?? null;
  const templates = serverLock?.error.templates ?? [];
  return (
    <div
      className="notice notice--warning composer-locked"
      role="note"
      aria-labelledby={titleId}
      data-testid="composer-locked"
    >
      <p id={titleId} className="notice__title">
        {t('composer.locked.title')}
      </p>
      <p>{t('composer.locked.body')}</p>
      {templates.length > 0 && (
        <p className="composer-locked__templates">
          {t('composer.locked.usable', {
            names: templates.map((tpl) => tpl.name).join(t('composer.locked.separator')),
          })}
        </p>
      )}
      {conversation.heldCount > 0 && (
        <p className="composer-locked__held">
          {t('composer.locked.heldCount', { count: conversation.heldCount })}
        </p>
      )}
      <div className="composer-locked__actions">
        {props.templateAction}
        {fallback ? (
          <button
            type="button"
            className="button"
            onClick={props.onHold}
            disabled={!hasDraft || sending}
            data-testid="composer-hold"
          >
            {t('composer.locked.holdWith', { template: fallback.name })}
          </button>
        ) : (
          !holding && (
            <button
              type="button"
              className="button"
              onClick={props.onStartHolding}
              data-testid="composer-start-holding"
            >
              {t('composer.locked.writeHeld')}
            </button>
          )
        )}
      </div>
      {holding && !fallback && <p className="field__hint">{t('composer.locked.holdingHint')}</p>}
    </div>
  );
}
