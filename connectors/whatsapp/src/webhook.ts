import { WebhookPayloadError, type InboundEvent } from '@parley/connector-sdk';
import type { z } from 'zod';
import { messagesEvents } from './inbound/messages-events.js';
import { isoFromUnix } from './inbound/timestamps.js';
import { templateCategoryEvents, templateStatusEvents } from './inbound/template-events.js';
import {
  messagesValueSchema,
  templateCategoryValueSchema,
  templateStatusValueSchema,
  webhookEnvelopeSchema,
  type WebhookEntry,
} from './webhook-payload.schema.js';

export interface ParseWebhookOptions {
  /** The clock for events Meta sends without a time (errors of a whole delivery); the current time by default. */
  now?: () => Date;
}

type Change = WebhookEntry['changes'][number];
type Reader = (
  entry: WebhookEntry,
  value: unknown,
  at: (string | number)[],
  receivedAt: string,
) => InboundEvent[];

const readers = new Map<string, Reader>(
  Object.entries({
    messages: (_entry, value, at, receivedAt) =>
      messagesEvents(parse(messagesValueSchema, value, at, 'messages'), receivedAt),
    message_template_status_update: (entry, value, at, receivedAt) =>
      templateStatusEvents(
        entry.id,
        parse(templateStatusValueSchema, value, at, 'template status'),
        ...entryTime(entry, receivedAt),
      ),
    template_category_update: (entry, value, at, receivedAt) =>
      templateCategoryEvents(
        entry.id,
        parse(templateCategoryValueSchema, value, at, 'template category'),
        ...entryTime(entry, receivedAt),
      ),
  } satisfies Record<string, Reader>),
);

/**
 * Turns a (verified) webhook body into normalized events: messages, identity changes and statuses
 * of a phone number, template status and category changes of a WABA. Other fields (groups, …)
 * yield no events. `splitWebhookPayload` cuts a delivery into parts this parses one by one.
 * Throws WebhookPayloadError, naming the offending paths, for a body that is not Meta's.
 */
export function parseWebhookPayload(body: unknown, options: ParseWebhookOptions = {}): InboundEvent[] {
  const envelope = webhookEnvelopeSchema.safeParse(body);
  if (!envelope.success) throw payloadError('Not a WhatsApp Business Account webhook', envelope.error, []);
  const receivedAt = (options.now?.() ?? new Date()).toISOString();
  return envelope.data.entry.flatMap((entry, entryIndex) =>
    entry.changes.flatMap((change: Change, changeIndex) => {
      const reader = readers.get(change.field);
      return reader
        ? reader(entry, change.value, ['entry', entryIndex, 'changes', changeIndex, 'value'], receivedAt)
        : [];
    }),
  );
}

function entryTime(entry: WebhookEntry, receivedAt: string): [occurredAt: string, time: string] {
  return entry.time === undefined ? [receivedAt, 'untimed'] : [isoFromUnix(entry.time), String(entry.time)];
}

function parse<T>(schema: z.ZodType<T>, value: unknown, at: (string | number)[], what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw payloadError(`Invalid WhatsApp ${what} webhook`, parsed.error, at);
  return parsed.data;
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
