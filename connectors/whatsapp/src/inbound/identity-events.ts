import type { ContactAddress, ContactIdentityEvent } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import { isoFromUnix } from './timestamps.js';
import type { WebhookMessage } from './webhook-message.schema.js';

const bsuidPattern = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]+$/;

/**
 * A system message as a `contact_identity` event:
 * - `user_changed_number`: the customer's phone number changed (and with it the BSUID): previous
 *   `{from, system.previous_user_id}`, current `{system.wa_id, system.user_id}`;
 * - `user_changed_user_id`: the BSUID changed: previous `system.previous_user_id`, current
 *   `system.user_id`, with the phone (`system.wa_id`, else `from`) where Meta gives one. Payloads
 *   of March–June 2026 have no `previous_user_id` (and meant a number change): the ids are then
 *   read from the body, "User … changed from <old BSUID> to <new BSUID>".
 * Other system types, and changes that do not say who was who, yield nothing.
 */
export function identityEvent(
  channelAccountId: string,
  message: WebhookMessage,
): ContactIdentityEvent | undefined {
  const system = message.system;
  if (!system) return undefined;
  let change: ContactIdentityEvent['change'];
  let previous: ContactAddress;
  let current: ContactAddress;
  if (system.type === 'user_changed_number') {
    change = 'id';
    previous = identity(message.from, system.previous_user_id ?? message.from_user_id);
    current = identity(system.wa_id, system.user_id);
  } else if (system.type === 'user_changed_user_id') {
    const fromBody = bodyUserIds(system.body);
    change = 'user_id';
    previous = identity(message.from, system.previous_user_id ?? fromBody?.previous ?? message.from_user_id);
    current = identity(system.wa_id ?? message.from, system.user_id ?? fromBody?.current);
  } else return undefined;
  if (isEmpty(previous) || isEmpty(current)) return undefined;
  return {
    kind: 'contact_identity',
    eventId: `whatsapp:identity:${message.id}`,
    channelAccountId,
    occurredAt: isoFromUnix(message.timestamp),
    change,
    previous,
    current,
  };
}

function identity(id: string | undefined, userId: string | undefined): ContactAddress {
  return { ...optional('id', id), ...optional('userId', userId) };
}

function isEmpty(value: ContactAddress): boolean {
  return value.id === undefined && value.userId === undefined;
}

function bodyUserIds(body: string | undefined): { previous: string; current: string } | undefined {
  const match = /changed from (\S+) to (\S+?)\.?$/.exec(body ?? '');
  const [, previous, current] = match ?? [];
  if (!previous || !current || !bsuidPattern.test(previous) || !bsuidPattern.test(current)) return undefined;
  return { previous, current };
}
