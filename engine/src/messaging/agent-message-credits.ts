import { Injectable } from '@nestjs/common';
import type { InsufficientCreditsError } from '@parley/contracts';
import type { OutboundDraft, SendMessageResult } from '@parley/workflows';
import { CreditLedger } from '../credits/credit-ledger.service.js';
import { MessagePricing, billingCategoryOfStored } from '../credits/message-pricing.service.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { fallbackMessageKey } from './conversation-activities.js';

/** What an agent's send puts on the platform now: the draft, or the fallback template holding it. */
export interface SendingNow {
  draft?: OutboundDraft | undefined;
  /** The window is closed and the draft is to be held: the fallback template goes instead. */
  fallback?: (() => Promise<OutboundDraft | undefined>) | undefined;
}

/**
 * Credits for an agent's message, around the conversation workflow's update: reserved before it
 * (or 409 INSUFFICIENT_CREDITS, and the update is never made), given back when it is refused or
 * sends something else than was reserved for.
 */
@Injectable()
export class AgentMessageCredits {
  constructor(
    private readonly pricing: MessagePricing,
    private readonly ledger: CreditLedger,
  ) {}

  /** Reserves what goes now under its message key (`key`, or its fallback's); answers the keys reserved. */
  async reserve(conversationId: string, key: string, sending: SendingNow): Promise<string[]> {
    let messageKey = key;
    let draft = sending.draft;
    if (!draft && sending.fallback) {
      draft = await sending.fallback();
      messageKey = fallbackMessageKey(key);
    }
    if (!draft) return [];
    const reservation = await this.pricing.reserve({
      conversationId,
      messageKey,
      category: billingCategoryOfStored(draft.stored),
    });
    if (reservation.outcome === 'insufficient') {
      const { price, balance } = reservation;
      const body: Omit<InsufficientCreditsError, 'code' | 'message'> = {
        price: price.credits,
        balance,
        category: price.category,
      };
      throw new ApiError(
        409,
        'INSUFFICIENT_CREDITS',
        `this ${price.category} message costs ${price.credits} credits and the balance is ${balance}; buy credits to send it`,
        undefined,
        body,
      );
    }
    // Refused before with this client id, its credits given back: a repeat would go unpaid.
    if (reservation.outcome === 'exists' && reservation.state === 'released')
      throw new ApiError(
        409,
        'CLIENT_ID_REUSED',
        'clientId: this message was refused before and its credits returned; send it with a new clientId',
        [{ path: 'clientId', message: 'refused before; use a new one' }],
      );
    const held =
      reservation.outcome === 'reserved' ||
      (reservation.outcome === 'exists' && reservation.state === 'held');
    return held ? [messageKey] : [];
  }

  /** Gives back what was reserved for messages that were not sent. */
  async release(organisationId: string, keys: readonly string[], why: string): Promise<void> {
    for (const messageKey of keys)
      await this.ledger.release({ organisationId, messageKey, note: `not sent (${why})` });
  }

  /**
   * After the update answered: a sent draft keeps its reservation (a fallback reserved in case the
   * window had closed goes back), a held one keeps both (the fallback went; the draft goes when the
   * customer answers), anything else gives everything back. A send the platform refused was
   * released by the sender already; releasing again does nothing.
   */
  async releaseUnsent(
    organisationId: string,
    key: string,
    reserved: readonly string[],
    result: SendMessageResult,
  ): Promise<void> {
    if (result.outcome === 'held') return;
    const unsent =
      result.outcome === 'sent' ? reserved.filter((reservedKey) => reservedKey !== key) : reserved;
    await this.release(organisationId, unsent, result.outcome);
  }
}
