import type { WebhookError } from './meta-errors.js';
import { unixSeconds } from './meta-payloads.js';
import type { Pricing } from './pricing.js';

/** The business number a `messages` webhook is about. */
export interface WebhookNumber {
  id: string;
  wabaId: string;
  displayPhoneNumber: string;
}

/** Meta's metadata carries the display number as digits only. */
export function displayDigits(displayPhoneNumber: string): string {
  return displayPhoneNumber.replace(/\D/g, '');
}

function envelope(wabaId: string, field: string, value: Record<string, unknown>, time?: Date) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: wabaId,
        ...(time === undefined ? {} : { time: Math.floor(time.getTime() / 1000) }),
        changes: [{ value, field }],
      },
    ],
  };
}

function messagesWebhook(number: WebhookNumber, value: Record<string, unknown>) {
  const metadata = {
    display_phone_number: displayDigits(number.displayPhoneNumber),
    phone_number_id: number.id,
  };
  return envelope(number.wabaId, 'messages', { messaging_product: 'whatsapp', metadata, ...value });
}

/** One message a customer sent: `{from, id, timestamp, type, <type>: …, context?, referral?, errors?}`. */
export type InboundWebhookMessage = Record<string, unknown> & { from: string; id: string; type: string };

export function inboundMessageWebhook(
  number: WebhookNumber,
  customer: { waId: string; name: string },
  message: InboundWebhookMessage,
) {
  return messagesWebhook(number, {
    contacts: [{ profile: { name: customer.name }, wa_id: customer.waId }],
    messages: [message],
  });
}

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface StatusUpdate {
  wamid: string;
  status: DeliveryStatus;
  at: Date;
  recipientId: string;
  conversation?: { id: string; originType: string; expiresAt?: Date };
  pricing?: Pricing;
  errors?: WebhookError[];
}

export function statusWebhook(number: WebhookNumber, update: StatusUpdate) {
  const { conversation } = update;
  return messagesWebhook(number, {
    statuses: [
      {
        id: update.wamid,
        status: update.status,
        timestamp: unixSeconds(update.at),
        recipient_id: update.recipientId,
        ...(conversation
          ? {
              conversation: {
                id: conversation.id,
                ...(conversation.expiresAt
                  ? { expiration_timestamp: unixSeconds(conversation.expiresAt) }
                  : {}),
                origin: { type: conversation.originType },
              },
            }
          : {}),
        ...(update.pricing ? { pricing: update.pricing } : {}),
        ...(update.errors ? { errors: update.errors } : {}),
      },
    ],
  });
}

/** `field: "message_template_status_update"` (Meta sends the template id as a number). */
export function templateStatusWebhook(
  wabaId: string,
  at: Date,
  value: {
    event: string;
    templateId: string;
    name: string;
    language: string;
    reason: string | null;
    category?: string;
    extra?: Record<string, unknown>;
  },
) {
  return envelope(
    wabaId,
    'message_template_status_update',
    {
      event: value.event,
      message_template_id: Number(value.templateId),
      message_template_name: value.name,
      message_template_language: value.language,
      reason: value.reason,
      ...(value.category === undefined ? {} : { message_template_category: value.category }),
      ...value.extra,
    },
    at,
  );
}

/** `field: "template_category_update"`: Meta changed a template's category. */
export function templateCategoryWebhook(
  wabaId: string,
  at: Date,
  value: {
    templateId: string;
    name: string;
    language: string;
    previousCategory: string;
    newCategory: string;
  },
) {
  return envelope(
    wabaId,
    'template_category_update',
    {
      message_template_id: Number(value.templateId),
      message_template_name: value.name,
      message_template_language: value.language,
      previous_category: value.previousCategory,
      new_category: value.newCategory,
    },
    at,
  );
}
