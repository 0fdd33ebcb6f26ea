import { z } from 'zod';
import { ApiError } from '../../infrastructure/http/api-error.js';

const sentSchema = z.object({ id: z.string(), delivered: z.boolean(), webhookStatus: z.number().nullable() });

/** One message on a sandbox customer's phone (`GET /sandbox/customers/{waId}/messages`). */
export const sandboxPhoneItemSchema = z.object({
  id: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  phoneNumberId: z.string(),
  type: z.string(),
  text: z.string().nullable(),
  timestamp: z.string(),
  content: z.unknown(),
  replyTo: z.string().optional(),
  status: z.string().optional(),
});
export type SandboxPhoneItem = z.infer<typeof sandboxPhoneItemSchema>;

const phoneSchema = z.object({
  items: z.array(sandboxPhoneItemSchema),
  businessTyping: z.boolean(),
  businessTypingFrom: z.array(z.string()),
});
export type SandboxPhoneView = z.infer<typeof phoneSchema>;

const refusalSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/**
 * A customer's phone in the WhatsApp sandbox (connectors/whatsapp/src/sandbox, "Sandbox API"), at
 * the engine's WhatsApp base URL: writing and tapping post the signed webhook to the engine and
 * answer once it was taken in. The sandbox's refusals become the API's (400 naming the field, 404);
 * no answer, or a webhook the engine did not take, is a 502.
 */
export class SandboxPhone {
  constructor(private readonly baseUrl: string) {}

  /** The customer writes `text` to the business number `phoneNumberId`, under the profile `name`. */
  async write(waId: string, message: { text: string; name: string; phoneNumberId: string }) {
    return this.delivered(await this.call('POST', this.path(waId), message, sentSchema));
  }

  /** The customer taps a reply button or a list row of the message `wamid` they received. */
  async tap(waId: string, wamid: string, choice: { buttonId: string } | { rowId: string }, name: string) {
    const path = `${this.path(waId)}/${encodeURIComponent(wamid)}/tap`;
    return this.delivered(await this.call('POST', path, { ...choice, name }, sentSchema));
  }

  /** What the customer's phone shows, every business number's messages. */
  read(waId: string): Promise<SandboxPhoneView> {
    return this.call('GET', this.path(waId), undefined, phoneSchema);
  }

  private path(waId: string) {
    return `/sandbox/customers/${encodeURIComponent(waId)}/messages`;
  }

  private delivered(sent: z.infer<typeof sentSchema>) {
    if (!sent.delivered)
      throw new ApiError(
        502,
        'SANDBOX_UNREACHABLE',
        `the WhatsApp sandbox could not post the message to Parley (its webhook answered ${sent.webhookStatus ?? 'nothing'}); check the sandbox's webhook URL`,
      );
    return sent;
  }

  private async call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: S,
  ): Promise<z.output<S>> {
    const url = `${this.baseUrl.replace(/\/+$/, '')}${path}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
      text = await response.text();
    } catch (error) {
      throw unreachable(`${(error as Error).message}`);
    }
    const json = parseJson(text);
    if (response.status === 400 || response.status === 404) {
      const refusal = refusalSchema.safeParse(json);
      const message = refusal.data?.error ?? text.slice(0, 300);
      if (response.status === 404) throw new ApiError(404, 'NOT_FOUND', `messageId: ${message}`);
      throw new ApiError(400, 'INVALID_INPUT', message, refusal.data?.issues);
    }
    const parsed = schema.safeParse(json);
    if (!response.ok || !parsed.success)
      throw unreachable(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return parsed.data;
  }
}

function unreachable(detail: string): ApiError {
  return new ApiError(
    502,
    'SANDBOX_UNREACHABLE',
    `the WhatsApp sandbox did not answer as expected: ${detail}`,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
