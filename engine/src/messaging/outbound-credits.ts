import { Injectable } from '@nestjs/common';
import { ConnectorSendError } from '@parley/connector-sdk';
import { deliveryRestrictionFor } from '@parley/contracts';
import { MessagePricing, billingCategoryOfStored } from '../credits/message-pricing.service.js';
import type { StoredOutbound } from './outbound-sender.js';

export const insufficientCreditsCode = 'INSUFFICIENT_CREDITS';

/**
 * The credits side of a send, just before the platform gets it: a template WhatsApp does not
 * deliver to this recipient is refused (costing nothing), and a paid message not yet reserved
 * (automation: automatic replies, fallback templates, held messages) is reserved now — or
 * refused when the balance is short. An agent's message was reserved before its update.
 */
@Injectable()
export class OutboundCredits {
  constructor(private readonly pricing: MessagePricing) {}

  /** Null when the message may go; else why not, as a permanent refusal. */
  async reserve(
    recipient: { platformId: string | null; userId: string | null },
    input: { conversationId: string; idempotencyKey: string; stored: StoredOutbound },
  ): Promise<ConnectorSendError | null> {
    const now = new Date();
    const category = input.stored.type === 'template' ? input.stored.content?.category : undefined;
    const templateCategory = typeof category === 'string' ? category : undefined;
    const restriction =
      templateCategory &&
      deliveryRestrictionFor(
        templateCategory,
        { phone: recipient.platformId, userId: recipient.userId },
        now,
      );
    if (restriction)
      return new ConnectorSendError(
        `WhatsApp does not deliver ${restriction.category.toLowerCase()} templates to ${restriction.region} numbers (since ${restriction.from.slice(0, 10)}); nothing was sent or charged`,
        'MARKETING_NOT_DELIVERED_US',
        false,
      );
    const reservation = await this.pricing.reserve({
      conversationId: input.conversationId,
      messageKey: input.idempotencyKey,
      category: billingCategoryOfStored(input.stored),
      at: now,
    });
    if (reservation.outcome !== 'insufficient') return null;
    const { price, balance } = reservation;
    return new ConnectorSendError(
      `Not sent: this ${price.category} message costs ${price.credits} credits and the balance is ${balance}. Buy credits, then send it again.`,
      insufficientCreditsCode,
      false,
    );
  }
}
