import { randomBytes } from 'node:crypto';

/** A new message id shaped like Meta's (`wamid.` + base64). */
export function newWamid(): string {
  return `wamid.${randomBytes(27).toString('base64')}`;
}

export function newFbtraceId(): string {
  return randomBytes(8).toString('base64url');
}

export function unixSeconds(at: Date): string {
  return String(Math.floor(at.getTime() / 1000));
}

export interface BusinessNumber {
  businessAccountId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

/** `{ error: { message, type, code, … , fbtrace_id } }`, the Graph API's error body. */
export function graphErrorBody(error: {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  details?: string;
}) {
  const { details, ...rest } = error;
  return {
    error: {
      ...rest,
      ...(details === undefined ? {} : { error_data: { messaging_product: 'whatsapp', details } }),
      fbtrace_id: newFbtraceId(),
    },
  };
}

function messagesWebhook(number: BusinessNumber, value: Record<string, unknown>) {
  const metadata = { display_phone_number: number.displayPhoneNumber, phone_number_id: number.phoneNumberId };
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: number.businessAccountId,
        changes: [{ value: { messaging_product: 'whatsapp', metadata, ...value }, field: 'messages' }],
      },
    ],
  };
}

export function inboundTextWebhook(
  number: BusinessNumber,
  message: { waId: string; name: string; wamid: string; at: Date; text: string },
) {
  return messagesWebhook(number, {
    contacts: [{ profile: { name: message.name }, wa_id: message.waId }],
    messages: [
      {
        from: message.waId,
        id: message.wamid,
        timestamp: unixSeconds(message.at),
        type: 'text',
        text: { body: message.text },
      },
    ],
  });
}

export type SandboxStatus = 'sent' | 'delivered' | 'read';

export function statusWebhook(
  number: BusinessNumber,
  status: { wamid: string; status: SandboxStatus; at: Date; recipientId: string; conversationId: string },
) {
  return messagesWebhook(number, {
    statuses: [
      {
        id: status.wamid,
        status: status.status,
        timestamp: unixSeconds(status.at),
        recipient_id: status.recipientId,
        conversation: { id: status.conversationId, origin: { type: 'service' } },
        pricing: {
          billable: false,
          pricing_model: 'PMP',
          category: 'service',
          type: 'free_customer_service',
        },
      },
    ],
  });
}
