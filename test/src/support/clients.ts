import {
  type Conversation,
  conversationSchema,
  type Message,
  messageSchema,
  type Page,
  pageSchema,
  sessionSchema,
  type Session,
} from '@parley/contracts';
import { z } from 'zod';

// Thin clients for the engine's API and the sandbox's customer API. Engine responses are parsed
// with the API contract, so a deviation fails with a message naming the field.

export type { Conversation, Message };

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

export class SandboxClient {
  constructor(readonly url: string) {}

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

export async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal: signal ?? AbortSignal.timeout(15_000) });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}
