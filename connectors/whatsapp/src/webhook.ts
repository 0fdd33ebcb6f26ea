import {
  WebhookPayloadError,
  type InboundEvent,
  type MessageEvent,
  type StatusEvent,
} from '@parley/connector-sdk';
import type { z } from 'zod';
import {
  messagesValueSchema,
  webhookEnvelopeSchema,
  type MessagesValue,
  type WebhookMessage,
  type WebhookStatus,
} from './webhook-payload.schema.js';

/**
 * Turns a (verified) webhook body into normalized events. Event ids come from Meta's ids only, so
 * a redelivered webhook yields the same ids. Changes other than `messages` yield no events yet.
 */
export function parseWebhookPayload(body: unknown): InboundEvent[] {
  const envelope = webhookEnvelopeSchema.safeParse(body);
  if (!envelope.success) throw payloadError('Not a WhatsApp Business Account webhook', envelope.error, []);
  const events: InboundEvent[] = [];
  envelope.data.entry.forEach((entry, entryIndex) => {
    entry.changes.forEach((change, changeIndex) => {
      if (change.field !== 'messages') return;
      const value = messagesValueSchema.safeParse(change.value);
      if (!value.success) {
        const at = ['entry', entryIndex, 'changes', changeIndex, 'value'];
        throw payloadError('Invalid WhatsApp messages webhook', value.error, at);
      }
      events.push(...eventsOf(value.data));
    });
  });
  return events;
}

function eventsOf(value: MessagesValue): InboundEvent[] {
  const channelAccountId = value.metadata.phone_number_id;
  const messages = (value.messages ?? []).map((message) => messageEvent(channelAccountId, value, message));
  const statuses = (value.statuses ?? []).map((status) => statusEvent(channelAccountId, status));
  return [...messages, ...statuses];
}

function messageEvent(channelAccountId: string, value: MessagesValue, message: WebhookMessage): MessageEvent {
  const contact = value.contacts?.find((candidate) => candidate.wa_id === message.from);
  const name = contact?.profile?.name;
  return {
    kind: 'message',
    eventId: `whatsapp:msg:${message.id}`,
    channelAccountId,
    contact: name === undefined ? { id: message.from } : { id: message.from, name },
    platformMessageId: message.id,
    occurredAt: isoFromUnix(message.timestamp),
    content:
      message.type === 'text' && message.text
        ? { type: 'text', text: message.text.body }
        : { type: 'unsupported', platformType: message.type },
  };
}

function statusEvent(channelAccountId: string, status: WebhookStatus): StatusEvent {
  return {
    kind: 'status',
    eventId: `whatsapp:status:${status.id}:${status.status}`,
    channelAccountId,
    recipientId: status.recipient_id,
    platformMessageId: status.id,
    status: status.status,
    occurredAt: isoFromUnix(status.timestamp),
    errors: (status.errors ?? []).map((error) => {
      const message = error.message ?? error.error_data?.details;
      return {
        code: String(error.code),
        ...(error.title === undefined ? {} : { title: error.title }),
        ...(message === undefined ? {} : { message }),
      };
    }),
  };
}

function isoFromUnix(timestamp: string | number): string {
  return new Date(Number(timestamp) * 1000).toISOString();
}

function payloadError(message: string, error: z.ZodError, at: (string | number)[]): WebhookPayloadError {
  const issues = error.issues.map((issue) => ({
    path: [...at, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
  return new WebhookPayloadError(
    `${message}: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`,
    issues,
  );
}
