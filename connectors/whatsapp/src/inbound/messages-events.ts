import { createHash } from 'node:crypto';
import type { InboundEvent, MessageEvent } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import type { MessagesValue } from '../webhook-payload.schema.js';
import { messageContact } from './contact.js';
import { identityEvent } from './identity-events.js';
import { messageContent } from './message-content.js';
import { platformError } from './platform-error.js';
import { statusEvent } from './status-events.js';
import { isoFromUnix } from './timestamps.js';
import type { WebhookMessage } from './webhook-message.schema.js';

/**
 * Events of one `messages` change: messages, identity changes (system messages), statuses, and
 * errors (Meta's errors on a message, e.g. 131051 on an unsupported one, and errors of the whole
 * delivery). Event ids come from Meta's ids only, so a redelivered webhook yields the same ids.
 */
export function messagesEvents(value: MessagesValue, receivedAt: string): InboundEvent[] {
  const channelAccountId = value.metadata.phone_number_id;
  const events: InboundEvent[] = [];
  for (const message of value.messages ?? []) {
    if (message.type === 'system') {
      const identity = identityEvent(channelAccountId, message);
      if (identity) events.push(identity);
    } else events.push(messageEvent(channelAccountId, value, message));
    if (message.errors?.length) {
      events.push({
        kind: 'platform_error',
        eventId: `whatsapp:msg-error:${message.id}`,
        channelAccountId,
        occurredAt: isoFromUnix(message.timestamp),
        errors: message.errors.map(platformError),
      });
    }
  }
  for (const status of value.statuses ?? []) {
    const event = statusEvent(channelAccountId, status, value.contacts);
    if (event) events.push(event);
  }
  if (value.errors?.length) {
    // Meta gives these no id: the id is a digest of what Meta sent, so a redelivery repeats it.
    const digest = createHash('sha256').update(JSON.stringify(value.errors)).digest('hex').slice(0, 24);
    events.push({
      kind: 'platform_error',
      eventId: `whatsapp:error:${channelAccountId}:${digest}`,
      channelAccountId,
      occurredAt: receivedAt,
      errors: value.errors.map(platformError),
    });
  }
  return events;
}

function messageEvent(channelAccountId: string, value: MessagesValue, message: WebhookMessage): MessageEvent {
  const referral = message.referral;
  return {
    kind: 'message',
    eventId: `whatsapp:msg:${message.id}`,
    channelAccountId,
    contact: messageContact(message, value.contacts),
    platformMessageId: message.id,
    occurredAt: isoFromUnix(message.timestamp),
    content: messageContent(message),
    ...optional('replyTo', message.context?.id),
    ...(referral
      ? {
          referral: {
            ...optional('sourceUrl', referral.source_url),
            ...optional('sourceType', referral.source_type),
            ...optional('sourceId', referral.source_id),
            ...optional('headline', referral.headline),
            ...optional('body', referral.body),
            ...optional('clickId', referral.ctwa_clid),
          },
        }
      : {}),
  };
}
