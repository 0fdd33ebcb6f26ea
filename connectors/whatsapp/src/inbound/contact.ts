import type { Contact } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import type { WebhookContact, WebhookStatus } from '../webhook-payload.schema.js';
import type { WebhookMessage } from './webhook-message.schema.js';

/**
 * Who sent a message: the phone number (`from`, the wa_id) and/or the BSUID (`from_user_id`),
 * with what the matching entry of `contacts[]` adds (found by wa_id or by user id): the parent
 * BSUID, the username and the profile name.
 */
export function messageContact(message: WebhookMessage, contacts: WebhookContact[] = []): Contact {
  const contact = findContact(contacts, message.from, message.from_user_id);
  return {
    ...optional('id', message.from ?? contact?.wa_id),
    ...optional('userId', message.from_user_id ?? contact?.user_id),
    ...optional('parentUserId', message.from_parent_user_id ?? contact?.parent_user_id),
    ...optional('username', contact?.profile?.username),
    ...optional('name', contact?.profile?.name),
  };
}

/**
 * Who a status is about: `recipient_id` and `recipient_user_id`, each completed from the
 * status's `contacts[]` entry when Meta left it out (the entry with the same user id or wa_id).
 */
export function statusRecipient(
  status: WebhookStatus,
  contacts: WebhookContact[] = [],
): { recipientId?: string; recipientUserId?: string } {
  const contact = findContact(contacts, status.recipient_id, status.recipient_user_id);
  return {
    ...optional('recipientId', status.recipient_id ?? contact?.wa_id),
    ...optional('recipientUserId', status.recipient_user_id ?? contact?.user_id),
  };
}

/** The first entry of `contacts[]` with this wa_id or this user id (an absent id matches nothing). */
function findContact(
  contacts: WebhookContact[],
  waId: string | undefined,
  userId: string | undefined,
): WebhookContact | undefined {
  return contacts.find(
    (candidate) =>
      (waId !== undefined && candidate.wa_id === waId) ||
      (userId !== undefined && candidate.user_id === userId),
  );
}
