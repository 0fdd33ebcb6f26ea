import type { Conversation, Message } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposerPrice } from '../../credits/price/ComposerPrice';
import { FormAlert } from '../../forms/FormAlert';
import { SendTemplateButton } from '../../templates/send/SendTemplateButton';
import { latest, useNow, usePassed } from '../use-now';
import { channelLimitsQuery, limitsFor } from './channel-limits.query';
import { ComposerModes } from './ComposerModes';
import { availableModes } from './composer-values';
import { LockedComposerNotice } from './LockedComposerNotice';
import { ModeFields } from './ModeFields';
import { ReplyQuote } from './ReplyQuote';
import { useComposer } from './use-composer';

export interface ComposerProps {
  conversation: Conversation;
  contactName: string;
  /** The message being quoted, if any. */
  replyTo: Message | null;
  onClearReply: () => void;
  /** A message sent from here, to show before the live stream brings it. */
  onSent: (message: Message) => void;
}

/**
 * Replying at the bottom of a thread: text, a file, reply buttons, a list or a link button, within
 * the channel's limits; templates only once the customer-service window has closed.
 */
export function Composer({ conversation, contactName, replyTo, onClearReply, onSent }: ComposerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  // It locks when the window ends, as the thread's countdown turns to "closed".
  const now = latest(useNow(15_000), usePassed(conversation.window.expiresAt));
  const limits = limitsFor(useQuery(channelLimitsQuery).data, conversation.channel);
  const composer = useComposer({ conversation, limits, replyTo, now, onSent, onClearReply });
  const { form, values, locked, holding, sending } = composer;
  const frozen = locked && !holding;
  const fields = { form, values, limits, issueAt: composer.issueAt, conversationId: conversation.id };

  // Quoting a message moves to where the answer is written.
  const quoted = replyTo?.id;
  useEffect(() => {
    if (!quoted) return;
    const mode = form.getValues('mode');
    form.setFocus(mode === 'text' ? 'text' : mode === 'media' ? 'caption' : 'body');
  }, [quoted, form]);

  return (
    <section className="composer" aria-labelledby={headingId} data-testid="composer">
      <h2 id={headingId} className="visually-hidden">
        {t('composer.heading')}
      </h2>
      {locked && (
        <LockedComposerNotice
          conversation={conversation}
          serverLock={composer.serverLock}
          hasDraft={composer.hasDraft}
          holding={holding}
          sending={sending}
          onHold={() => void composer.send(true)}
          onStartHolding={composer.startHolding}
          templateAction={
            <SendTemplateButton conversation={conversation} onSent={onSent} variant="primary" />
          }
        />
      )}
      {replyTo && <ReplyQuote message={replyTo} contactName={contactName} onCancel={onClearReply} />}
      <div className="composer__toolbar">
        <ComposerModes
          modes={availableModes(limits)}
          registration={form.register('mode')}
          disabled={frozen}
          error={composer.issueAt('mode')}
        />
        {!locked && (
          <SendTemplateButton conversation={conversation} onSent={onSent} className="composer__template" />
        )}
      </div>
      <form
        className={`composer__form composer__form--${values.mode}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!frozen) void composer.send(holding);
        }}
      >
        <FormAlert error={composer.failure} />
        <ComposerPrice conversation={conversation} locked={locked} />
        <fieldset className="composer__fields" disabled={frozen}>
          <legend className="visually-hidden">{t(`composer.mode.${values.mode}`)}</legend>
          <ModeFields {...fields} />
        </fieldset>
        <button
          type="submit"
          className="button button--primary composer__send"
          data-testid="composer-send"
          disabled={frozen || sending}
        >
          {sending ? t('composer.sending') : holding ? t('composer.sendHeld') : t('composer.send')}
        </button>
      </form>
      <p role="status" className="visually-hidden">
        {composer.announcement}
      </p>
    </section>
  );
}
