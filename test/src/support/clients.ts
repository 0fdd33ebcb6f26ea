import { randomUUID } from 'node:crypto';
import {
  type Conversation,
  type CreditAccount,
  creditAccountSchema,
  type LedgerEntry,
  ledgerPageSchema,
  type Purchase,
  purchaseSchema,
  sandboxTestCards,
  conversationSchema,
  type InboxEvent,
  inboxEventSchema,
  type Message,
  messageSchema,
  type SendMessageInput,
  type Page,
  pageSchema,
  sessionSchema,
  type Session,
} from '@parley/contracts';
import { z } from 'zod';

// Thin clients for the engine's API and the sandbox's customer API. Engine responses are parsed
// with the API contract, so a deviation fails with a message naming the field.

export type { Conversation, InboxEvent, Message };

/** A failed API call, with the engine's `{code, message}`. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${status} ${code}: ${message}`);
  }
}

const errorBody = z.object({ code: z.string(), message: z.string() });

/**
 * One person's session with the engine: the session cookie and its CSRF token, sent as a browser
 * would. Or, with `token`, a personal API token instead.
 */
export class EngineClient {
  private cookie: string | undefined;
  private csrf: string | undefined;
  session: Session | undefined;

  constructor(
    readonly url: string,
    private readonly token?: string,
  ) {}

  /** Signs in with email and password; every later call carries the session. */
  async signIn(email: string, password: string): Promise<Session> {
    const response = await this.raw('POST', '/api/auth/sign-in', { email, password });
    if (response.status !== 200) throw await failure(response);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('parley_session='));
    this.cookie = cookie?.split(';')[0];
    this.session = sessionSchema.parse(await response.json());
    this.csrf = this.session.csrfToken;
    return this.session;
  }

  /**
   * The raw response of a call, with the session's cookie and CSRF token (or the API token). A
   * body is sent as JSON, or as it is when it is bytes (give their type in `headers`).
   */
  raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const bytes = body instanceof Uint8Array;
    return fetch(`${this.url}${path}`, {
      method,
      headers: {
        ...(body === undefined || bytes ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: bytes ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
  }

  /** Uploads raw bytes (a library file) with their own content type. */
  async upload<T extends z.ZodType>(
    path: string,
    schema: T,
    bytes: Uint8Array,
    contentType: string,
  ): Promise<z.output<T>> {
    const response = await this.raw('POST', path, bytes, { 'content-type': contentType });
    if (response.status >= 300) throw await failure(response);
    return schema.parse(await response.json());
  }

  /** A call that must succeed; its body parsed with `schema`. */
  async call<T extends z.ZodType>(
    method: string,
    path: string,
    schema: T,
    body?: unknown,
  ): Promise<z.output<T>> {
    const response = await this.raw(method, path, body);
    if (response.status >= 300) throw await failure(response);
    return schema.parse(response.status === 204 ? undefined : await response.json());
  }

  async conversations(): Promise<Conversation[]> {
    const items: Conversation[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
      const page: Page<Conversation> = await this.call(
        'GET',
        `/api/conversations${query}`,
        pageSchema(conversationSchema),
      );
      items.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return items;
  }

  /** The conversation whose contact carries `name` (tests give every customer a unique name). */
  async conversationByContactName(name: string): Promise<Conversation | undefined> {
    return (await this.conversations()).find((conversation) => conversation.contact.name === name);
  }

  async messages(conversationId: string): Promise<Message[]> {
    const path = `/api/conversations/${encodeURIComponent(conversationId)}/messages`;
    return (await this.call('GET', path, pageSchema(messageSchema))).items;
  }

  async conversation(conversationId: string): Promise<Conversation> {
    return this.call('GET', `/api/conversations/${encodeURIComponent(conversationId)}`, conversationSchema);
  }

  /** An agent's message into a conversation (`POST …/messages`): the raw answer, for refusals. */
  sendMessageRaw(conversationId: string, input: SendMessageInput): Promise<Response> {
    return this.raw('POST', `/api/conversations/${encodeURIComponent(conversationId)}/messages`, input);
  }

  /** An agent's message that must be taken (201): the stored message (sent, failed or held). */
  sendMessage(conversationId: string, input: SendMessageInput): Promise<Message> {
    return this.call(
      'POST',
      `/api/conversations/${encodeURIComponent(conversationId)}/messages`,
      messageSchema,
      input,
    );
  }

  /** The organisation's credits (`GET /api/credits`). */
  credits(): Promise<CreditAccount> {
    return this.call('GET', '/api/credits', creditAccountSchema);
  }

  /**
   * Buys credits with a sandbox test card (4242…: pays) and waits until the purchase is final;
   * answers it (granted, or declined with the reason).
   */
  async buyCredits(credits: number, card: string = sandboxTestCards.succeeds): Promise<Purchase> {
    const created = await this.call('POST', '/api/credits/purchases', purchaseSchema, {
      clientId: randomUUID(),
      credits,
      payment: {
        provider: 'sandbox',
        card: { number: card, expiry: '12/39', cvc: '123', name: 'Test Buyer' },
      },
    });
    const deadline = Date.now() + 60_000;
    let purchase = created;
    while (purchase.status === 'pending' || purchase.status === 'paid') {
      if (Date.now() > deadline)
        throw new Error(`purchase ${purchase.id} still ${purchase.status} after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      purchase = await this.call('GET', `/api/credits/purchases/${purchase.id}`, purchaseSchema);
    }
    return purchase;
  }

  /** Every ledger entry the filters (a query string) select, newest first. */
  async ledger(query = ''): Promise<LedgerEntry[]> {
    const entries: LedgerEntry[] = [];
    let cursor: string | null = null;
    do {
      const separator = query ? '&' : '';
      const path: string = `/api/credits/ledger?${query}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: z.output<typeof ledgerPageSchema> = await this.call('GET', path, ledgerPageSchema);
      entries.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return entries;
  }

  /**
   * Listens to the live event stream (`GET /api/events`) until `close()`: every event so far in
   * `events`, parsed with the contract (an event that does not parse makes `close()` reject).
   */
  async listen(): Promise<EventStream> {
    const stop = new AbortController();
    const response = await fetch(`${this.url}/api/events`, {
      headers: {
        accept: 'text/event-stream',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      signal: stop.signal,
    });
    if (response.status !== 200 || !response.body) throw await failure(response);
    const events: InboxEvent[] = [];
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const done = (async () => {
      let buffer = '';
      for (;;) {
        const chunk = await reader.read().catch((error: unknown) => {
          if (stop.signal.aborted) return { done: true as const, value: undefined };
          throw error;
        });
        if (chunk.done) return;
        buffer += chunk.value;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice('data: '.length))
            .join('\n');
          if (data) events.push(inboxEventSchema.parse(JSON.parse(data)));
        }
      }
    })();
    return {
      events,
      async close() {
        stop.abort();
        await done;
      },
    };
  }
}

/** The live event stream of one person, collected as it comes. */
export interface EventStream {
  readonly events: InboxEvent[];
  /** Stops listening; rejects when an event did not match the contract. */
  close(): Promise<void>;
}

async function failure(response: Response): Promise<ApiCallError> {
  const text = await response.text();
  const parsed = errorBody.safeParse(safeJson(text));
  return parsed.success
    ? new ApiCallError(response.status, parsed.data.code, parsed.data.message)
    : new ApiCallError(response.status, `HTTP_${response.status}`, text.slice(0, 300));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// The sandbox is a stand-in of Meta's, not Parley's API: its shapes are its own.

const timestamp = z.union([z.string(), z.number()]);

export const sandboxSendResultSchema = z.object({
  id: z.string(),
  delivered: z.boolean(),
  webhookStatus: z.number().nullable(),
});

export const sandboxCustomerMessageSchema = z.object({
  id: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  text: z.string().nullable().optional(),
  type: z.string(),
  timestamp,
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

/** What a sandbox customer sends besides the text: a profile name, a username, a hidden number, another business number. */
export interface CustomerOptions {
  name?: string;
  username?: string;
  hidePhoneNumber?: boolean;
  phoneNumberId?: string;
}

/** A message on the customer's phone with what `customerMessages` leaves out. */
export const sandboxPhoneMessageSchema = sandboxCustomerMessageSchema.extend({
  phoneNumberId: z.string().optional(),
  /** What the business sent (the Graph API's message object: `interactive`, `template`…). */
  content: z.unknown().optional(),
  /** The wamid of the message this one quotes. */
  replyTo: z.string().optional(),
  /** The customer's messages: whether the business marked them read. */
  readByBusiness: z.boolean().optional(),
});
export type SandboxPhoneMessage = z.infer<typeof sandboxPhoneMessageSchema>;

/** The customer's phone: the messages, and whether a business number is typing to them. */
export const sandboxPhoneSchema = z.object({
  items: z.array(sandboxPhoneMessageSchema),
  businessTyping: z.boolean(),
  businessTypingFrom: z.array(z.string()),
});
export type SandboxPhone = z.infer<typeof sandboxPhoneSchema>;

export const sandboxCustomerSendSchema = sandboxSendResultSchema.extend({ userId: z.string().optional() });

export class SandboxClient {
  constructor(readonly url: string) {}

  /**
   * The customer sends any kind of message (`{text}`, `{type: 'reaction', messageId, emoji}`, …,
   * with `replyTo`, `name`…; see the sandbox's `customer-message.schema.ts`).
   */
  async customerSends(
    waId: string,
    message: Record<string, unknown>,
  ): Promise<z.infer<typeof sandboxCustomerSendSchema>> {
    return postSandbox(
      `${this.url}/sandbox/customers/${encodeURIComponent(waId)}/messages`,
      message,
      sandboxCustomerSendSchema,
    );
  }

  /** The customer taps a button (`{buttonId}`) or a list row (`{rowId}`) of a message they received. */
  async tap(
    waId: string,
    wamid: string,
    choice: { buttonId: string } | { rowId: string },
  ): Promise<z.infer<typeof sandboxCustomerSendSchema>> {
    const path = `/sandbox/customers/${encodeURIComponent(waId)}/messages/${encodeURIComponent(wamid)}/tap`;
    return postSandbox(`${this.url}${path}`, choice, sandboxCustomerSendSchema);
  }

  /** Everything the customer's phone shows, with the business's typing indicator. */
  async phone(waId: string): Promise<SandboxPhone> {
    const url = `${this.url}/sandbox/customers/${encodeURIComponent(waId)}/messages`;
    return sandboxPhoneSchema.parse(await getJson(url));
  }

  /** Moves the sandbox's clock forward (its windows, limits and URL expiry; webhooks' timestamps). */
  async advanceClock(ms: number): Promise<void> {
    await postSandbox(`${this.url}/sandbox/clock`, { advanceMs: ms }, z.unknown(), 200);
  }

  /** The customer `waId` sends `text`; the sandbox signs and posts the webhook to the engine. */
  async sendAsCustomer(
    waId: string,
    text: string,
    options: string | CustomerOptions = {},
  ): Promise<z.infer<typeof sandboxSendResultSchema>> {
    const extra = typeof options === 'string' ? { name: options } : options;
    const response = await fetch(`${this.url}/sandbox/customers/${encodeURIComponent(waId)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, ...extra }),
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

  /** The names of a WABA's templates as the sandbox's Graph API lists them (what WhatsApp has). */
  async templateNames(wabaId: string, accessToken: string): Promise<string[]> {
    const response = await fetch(`${this.url}/v23.0/${wabaId}/message_templates?limit=1000`, {
      headers: { authorization: `Bearer ${accessToken}` },
      signal: AbortSignal.timeout(30_000),
    });
    const body = z.object({ data: z.array(z.object({ name: z.string() })) }).parse(await response.json());
    return body.data.map((template) => template.name);
  }

  /** Every message the business sent since `since`. */
  async outbound(since: Date, signal?: AbortSignal): Promise<SandboxOutbound[]> {
    const url = `${this.url}/sandbox/outbound?since=${encodeURIComponent(since.toISOString())}`;
    return z.object({ items: z.array(sandboxOutboundSchema) }).parse(await getJson(url, signal)).items;
  }
}

async function postSandbox<T extends z.ZodType>(
  url: string,
  body: unknown,
  schema: T,
  status = 201,
): Promise<z.output<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (response.status !== status)
    throw new Error(`POST ${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return schema.parse(text ? JSON.parse(text) : undefined);
}

export async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal: signal ?? AbortSignal.timeout(15_000) });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}
