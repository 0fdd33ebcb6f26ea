import { deliveryStatuses, type DeliveryStatus, type StatusEvent } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';
import type { WebhookContact, WebhookStatus } from '../webhook-payload.schema.js';
import { statusRecipient } from './contact.js';
import { platformError } from './platform-error.js';
import { isoFromUnix } from './timestamps.js';

/**
 * A status of a sent message, or nothing for statuses other than sent/delivered/read/failed.
 * The recipient is named by phone number and/or BSUID, as Meta gives them (see `statusRecipient`).
 */
export function statusEvent(
  channelAccountId: string,
  status: WebhookStatus,
  contacts: WebhookContact[] | undefined,
): StatusEvent | undefined {
  if (!isDeliveryStatus(status.status)) return undefined;
  const { conversation, pricing } = status;
  return {
    kind: 'status',
    eventId: `whatsapp:status:${status.id}:${status.status}`,
    channelAccountId,
    ...statusRecipient(status, contacts),
    platformMessageId: status.id,
    status: status.status,
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

function isDeliveryStatus(status: string): status is DeliveryStatus {
  return (deliveryStatuses as readonly string[]).includes(status);
}
