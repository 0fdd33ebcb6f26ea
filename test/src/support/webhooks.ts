import { createHmac, randomBytes } from 'node:crypto';
import { sandboxIds } from '../../../scripts/stack.mjs';

/** The `X-Hub-Signature-256` header value Meta sends: `sha256=<hex HMAC-SHA256(app secret, raw body)>`. */
export function signWebhook(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A wamid-shaped unique message id. */
export function newWamid(): string {
  return `wamid.${randomBytes(18).toString('base64url')}`;
}

export interface InboundText {
  phoneNumberId: string;
  waId: string;
  text: string;
  name?: string;
  wamid?: string;
  /** Seconds since the epoch, as Meta sends it. Default now. */
  timestamp?: number;
  displayPhoneNumber?: string;
}

/** A Meta-shaped `messages` webhook carrying one inbound text message, as a raw JSON body. */
export function inboundTextWebhook(message: InboundText): { body: string; wamid: string } {
  const wamid = message.wamid ?? newWamid();
  const payload = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: sandboxIds.wabaId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: message.displayPhoneNumber ?? '15550000001',
                phone_number_id: message.phoneNumberId,
              },
              contacts: [
                { profile: { name: message.name ?? `Customer ${message.waId}` }, wa_id: message.waId },
              ],
              messages: [
                {
                  from: message.waId,
                  id: wamid,
                  timestamp: String(message.timestamp ?? Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: message.text },
                },
              ],
            },
          },
        ],
      },
    ],
  };
  return { body: JSON.stringify(payload), wamid };
}

/** POSTs a raw body to the engine's webhook endpoint, signed with `secret` unless `signature` is given. */
export async function postWebhook(
  engineUrl: string,
  body: string,
  options: { secret?: string; signature?: string | null; signal?: AbortSignal } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const signature =
    options.signature === undefined ? signWebhook(options.secret ?? '', body) : options.signature;
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  return fetch(`${engineUrl}/webhooks/whatsapp`, {
    method: 'POST',
    headers,
    body,
    signal: options.signal ?? AbortSignal.timeout(30_000),
  });
}
