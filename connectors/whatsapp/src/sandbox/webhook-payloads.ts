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

/** A `field: "messages"` webhook of the business number. */
export function messagesWebhook(number: WebhookNumber, value: Record<string, unknown>) {
  const metadata = {
    display_phone_number: displayDigits(number.displayPhoneNumber),
    phone_number_id: number.id,
  };
  return envelope(number.wabaId, 'messages', { messaging_product: 'whatsapp', metadata, ...value });
}

/** An entry of a webhook's `contacts[]`: profile, the phone number when it may be shared, the BSUID. */
export interface WebhookContactEntry {
  profile: { name: string; username?: string };
  wa_id?: string;
  user_id: string;
}

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface StatusUpdate {
  wamid: string;
  status: DeliveryStatus;
  at: Date;
  /** The phone number (when sent to it, or it may be shared) and the BSUID, as Meta reports them. */
  recipient: { id?: string; userId?: string };
  /** The status's `contacts[]` entry; Meta leaves it out of failed statuses. */
  contact?: WebhookContactEntry;
  conversation?: { id: string; originType: string; expiresAt?: Date };
  pricing?: Pricing;
  errors?: WebhookError[];
}

export function statusWebhook(number: WebhookNumber, update: StatusUpdate) {
  const { conversation } = update;
  return messagesWebhook(number, {
    ...(update.contact ? { contacts: [update.contact] } : {}),
    statuses: [
      {
        id: update.wamid,
        status: update.status,
        timestamp: unixSeconds(update.at),
        ...(update.recipient.id === undefined ? {} : { recipient_id: update.recipient.id }),
        ...(update.recipient.userId === undefined ? {} : { recipient_user_id: update.recipient.userId }),
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
