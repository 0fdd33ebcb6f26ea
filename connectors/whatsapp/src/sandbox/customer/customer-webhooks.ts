import type { SandboxContext } from '../sandbox-context.js';
import { messagesWebhook, type WebhookContactEntry, type WebhookNumber } from '../webhook-payloads.js';

/** A customer as a business's webhooks show them. */
export interface WebhookCustomer {
  waId: string;
  /** Their BSUID at the business's portfolio. */
  userId: string;
  name: string;
  username?: string;
  /** False for a username-only customer: webhooks then carry no `wa_id` and no `from`. */
  phoneShared: boolean;
}

/** One message a customer sent, without who sent it: `{id, timestamp, type, <type>: …, context?, …}`. */
export type InboundWebhookMessage = Record<string, unknown> & { id: string; type: string };

/** The customer as the business at `businessId` sees them now. */
export function webhookCustomer(context: SandboxContext, businessId: string, waId: string): WebhookCustomer {
  const { username, hidePhoneNumber } = context.identities.profile(waId);
  return {
    waId,
    userId: context.identities.userId(businessId, waId),
    name: context.store.customerName(waId),
    ...(username === undefined ? {} : { username }),
    phoneShared: !hidePhoneNumber,
  };
}

/** The customer's `contacts[]` entry; `withUsername: false` as in `sent` statuses. */
export function contactEntry(customer: WebhookCustomer, withUsername = true): WebhookContactEntry {
  return {
    profile: {
      name: customer.name,
      ...(withUsername && customer.username !== undefined ? { username: customer.username } : {}),
    },
    ...(customer.phoneShared ? { wa_id: customer.waId } : {}),
    user_id: customer.userId,
  };
}

/** A message from the customer: `from` (when the number may be shared) and `from_user_id` always. */
export function inboundMessageWebhook(
  number: WebhookNumber,
  customer: WebhookCustomer,
  message: InboundWebhookMessage,
) {
  return messagesWebhook(number, {
    contacts: [contactEntry(customer)],
    messages: [
      { ...(customer.phoneShared ? { from: customer.waId } : {}), from_user_id: customer.userId, ...message },
    ],
  });
}

export interface IdentityChange {
  wamid: string;
  timestamp: string;
  name: string;
  previous: { waId: string; userId: string };
  current: { waId: string; userId: string };
  /** Whether the customer's phone number may be shared (then a number change is reported as such). */
  phoneShared: boolean;
}

/**
 * Meta's system message for an identity change, without `contacts` (system messages have none):
 * `user_changed_number` with the old number in `from` and the new one in `system.wa_id` when the
 * number changed and may be shared; otherwise `user_changed_user_id`, which names no phone number.
 * Both carry `system.user_id` and `system.previous_user_id` (Meta's Aug 2026 shape).
 */
export function identityChangeWebhook(number: WebhookNumber, change: IdentityChange) {
  const numberChanged = change.previous.waId !== change.current.waId && change.phoneShared;
  const { previous, current } = change;
  const system = numberChanged
    ? {
        body: `User ${change.name} changed from ${previous.waId} to ${current.waId}`,
        wa_id: current.waId,
        user_id: current.userId,
        previous_user_id: previous.userId,
        type: 'user_changed_number',
      }
    : {
        body: `User ${change.name} changed from ${previous.userId} to ${current.userId}`,
        user_id: current.userId,
        previous_user_id: previous.userId,
        type: 'user_changed_user_id',
      };
  return messagesWebhook(number, {
    messages: [
      {
        ...(numberChanged ? { from: previous.waId } : {}),
        id: change.wamid,
        timestamp: change.timestamp,
        type: 'system',
        system,
      },
    ],
  });
}
