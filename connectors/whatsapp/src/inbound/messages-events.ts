import { createHash } from 'node:crypto';
import type { InboundEvent, MessageEvent, PlatformError, StatusEvent } from '@parley/connector-sdk';
import { deliveryStatuses, type DeliveryStatus } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import type { MessagesValue, WebhookStatus } from '../webhook-payload.schema.js';
import { messageContent } from './message-content.js';
import type { WebhookError, WebhookMessage } from './webhook-message.schema.js';

/**
 * Events of one `messages` change: messages, statuses, and errors (Meta's errors on a message,
 * e.g. 131051 on an unsupported one, and errors of the whole delivery). Event ids come from
 * Meta's ids only, so a redelivered webhook yields the same ids.
 */
export function messagesEvents(value: MessagesValue, receivedAt: string): InboundEvent[] {
  const channelAccountId = value.metadata.phone_number_id;
  const events: InboundEvent[] = [];
  for (const message of value.messages ?? []) {
    events.push(messageEvent(channelAccountId, value, message));
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
    if (isDeliveryStatus(status.status)) events.push(statusEvent(channelAccountId, status, status.status));
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
  const name = value.contacts?.find((candidate) => candidate.wa_id === message.from)?.profile?.name;
  const referral = message.referral;
  return {
    kind: 'message',
    eventId: `whatsapp:msg:${message.id}`,
    channelAccountId,
    contact: { id: message.from, ...optional('name', name) },
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

function statusEvent(channelAccountId: string, status: WebhookStatus, delivery: DeliveryStatus): StatusEvent {
  const { conversation, pricing } = status;
  return {
    kind: 'status',
    eventId: `whatsapp:status:${status.id}:${delivery}`,
    channelAccountId,
    recipientId: status.recipient_id,
    platformMessageId: status.id,
    status: delivery,
    occurredAt: isoFromUnix(status.timestamp),
    errors: (status.errors ?? []).map(platformError),
    ...(conversation
      ? {
          conversation: {
            id: conversation.id,
            ...optional('originType', conversation.origin?.type),
            ...optional(
              'expiresAt',
              conversation.expiration_timestamp === undefined
                ? undefined
                : isoFromUnix(conversation.expiration_timestamp),
            ),
          },
        }
      : {}),
    ...(pricing?.billable !== undefined &&
    pricing.pricing_model !== undefined &&
    pricing.category !== undefined
      ? {
          pricing: {
            billable: pricing.billable,
            pricingModel: pricing.pricing_model,
            category: pricing.category,
            ...optional('type', pricing.type),
          },
        }
      : {}),
  };
}

export function platformError(error: WebhookError): PlatformError {
  const message = error.message ?? error.error_data?.details;
  return { code: String(error.code), ...optional('title', error.title), ...optional('message', message) };
}

function isDeliveryStatus(status: string): status is DeliveryStatus {
  return (deliveryStatuses as readonly string[]).includes(status);
}

export function isoFromUnix(timestamp: string | number): string {
  return new Date(Number(timestamp) * 1000).toISOString();
}
