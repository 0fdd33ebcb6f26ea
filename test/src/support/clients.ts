import { z } from 'zod';

// Thin clients for the engine's API and the sandbox's customer API. Every response is parsed with
// the contract's schema, so a deviation fails with a message naming the field.

const id = z.union([z.string(), z.number()]).transform(String);
const timestamp = z.union([z.string(), z.number()]);

export const conversationSchema = z.object({
  id,
  channel: z.string(),
  channelAccountId: id,
  contact: z.object({ id, name: z.string().nullable() }),
  lastMessageAt: timestamp.nullable(),
  lastMessagePreview: z.string().nullable(),
  lastInboundAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type Conversation = z.infer<typeof conversationSchema>;

export const messageStatusSchema = z.enum([
  'received',
  'pending',
  'accepted',
  'sent',
  'delivered',
  'read',
  'failed',
]);

export const messageSchema = z.object({
  id,
  conversationId: id,
  direction: z.enum(['inbound', 'outbound']),
  type: z.string(),
  text: z.string().nullable(),
  status: messageStatusSchema,
  platformMessageId: z.string().nullable(),
  error: z.unknown(),
  createdAt: timestamp,
  statusUpdatedAt: timestamp.nullable(),
});
export type Message = z.infer<typeof messageSchema>;

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.unknown() });

export const errorBodySchema = z.object({ code: z.string(), message: z.string() });

export class EngineClient {
  constructor(readonly url: string) {}

  async conversations(): Promise<Conversation[]> {
    const items: Conversation[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
      const body = page(conversationSchema).parse(await getJson(`${this.url}/api/conversations${query}`));
      items.push(...body.items);
      if (typeof body.nextCursor !== 'string' || body.nextCursor === '') break;
      cursor = body.nextCursor;
    }
    return items;
  }

  /** The conversation whose contact carries `name` (tests give every customer a unique name). */
  async conversationByContactName(name: string): Promise<Conversation | undefined> {
    return (await this.conversations()).find((conversation) => conversation.contact.name === name);
  }

  async messages(conversationId: string): Promise<Message[]> {
    const url = `${this.url}/api/conversations/${encodeURIComponent(conversationId)}/messages`;
    return page(messageSchema).parse(await getJson(url)).items;
  }
}

export const sandboxSendResultSchema = z.object({
  id: z.string(),
  delivered: z.boolean(),
  webhookStatus: z.number(),
});

export const sandboxCustomerMessageSchema = z.object({
  id: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  text: z.string().nullable().optional(),
  type: z.string(),
  timestamp: timestamp,
  status: z.string().nullable().optional(),
});
export type SandboxCustomerMessage = z.infer<typeof sandboxCustomerMessageSchema>;

export const sandboxOutboundSchema = z.object({
  id: z.string(),
  to: z.string(),
  type: z.string(),
  text: z.string().nullable().optional(),
  acceptedAt: z.string(),
  idempotencyKey: z.string().nullable().optional(),
});
export type SandboxOutbound = z.infer<typeof sandboxOutboundSchema>;

export class SandboxClient {
  constructor(readonly url: string) {}

  /** The customer `waId` sends `text`; the sandbox signs and posts the webhook to the engine. */
  async sendAsCustomer(
    waId: string,
    text: string,
    name?: string,
  ): Promise<z.infer<typeof sandboxSendResultSchema>> {
    const response = await fetch(`${this.url}/sandbox/customers/${encodeURIComponent(waId)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, name }),
      signal: AbortSignal.timeout(30_000),
    });
    const body: unknown = await response.json();
    if (response.status !== 201) {
      throw new Error(`sandbox customer send answered ${response.status}: ${JSON.stringify(body)}`);
    }
    return sandboxSendResultSchema.parse(body);
  }

  async customerMessages(waId: string): Promise<SandboxCustomerMessage[]> {
    const url = `${this.url}/sandbox/customers/${encodeURIComponent(waId)}/messages`;
    return z.object({ items: z.array(sandboxCustomerMessageSchema) }).parse(await getJson(url)).items;
  }

  /** Every message the business sent since `since`. */
  async outbound(since: Date, signal?: AbortSignal): Promise<SandboxOutbound[]> {
    const url = `${this.url}/sandbox/outbound?since=${encodeURIComponent(since.toISOString())}`;
    return z.object({ items: z.array(sandboxOutboundSchema) }).parse(await getJson(url, signal)).items;
  }
}

export async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal: signal ?? AbortSignal.timeout(15_000) });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}
