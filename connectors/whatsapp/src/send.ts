import type { OutboundMessage, SendRequest, SendResult } from '@parley/connector-sdk';
import { ConnectorSendError } from '@parley/connector-sdk';
import { z } from 'zod';
import type { WhatsAppConfig } from './config.schema.js';
import { graphSendError, networkSendError } from './errors.js';

export const SEND_TIMEOUT_MS = 10_000;

export interface GraphRequest {
  url: string;
  init: { method: 'POST'; headers: Record<string, string>; body: string };
}

type GraphConfig = Pick<WhatsAppConfig, 'apiBaseUrl' | 'graphVersion' | 'accessToken'>;

/** The JSON body of `POST /{version}/{phone-number-id}/messages` for a normalized message. */
export function messageBody(to: string, message: OutboundMessage): Record<string, unknown> {
  const envelope = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  switch (message.type) {
    case 'text':
      return {
        ...envelope,
        type: 'text',
        text: { body: message.text, preview_url: message.previewUrl ?? false },
      };
  }
}

export function buildSendRequest(config: GraphConfig, request: SendRequest): GraphRequest {
  const base = config.apiBaseUrl.replace(/\/+$/, '');
  return {
    url: `${base}/${config.graphVersion}/${encodeURIComponent(request.channelAccountId)}/messages`,
    init: {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${config.accessToken}`,
        'Content-Type': 'application/json',
        // Meta ignores it; the sandbox answers a repeated key with the first send's wamid.
        'Idempotency-Key': request.idempotencyKey,
      },
      body: JSON.stringify(messageBody(request.to, request.message)),
    },
  };
}

const acceptedMessageSchema = z.object({ id: z.string().min(1) });
const sendResponseSchema = z.object({ messages: z.tuple([acceptedMessageSchema], acceptedMessageSchema) });

export interface SendOptions {
  fetch: typeof fetch;
  timeoutMs?: number;
}

/** Sends one message through the Graph API; failures throw a classified ConnectorSendError. */
export async function sendMessage(
  config: GraphConfig,
  request: SendRequest,
  options: SendOptions,
): Promise<SendResult> {
  const { url, init } = buildSendRequest(config, request);
  const signal = AbortSignal.timeout(options.timeoutMs ?? SEND_TIMEOUT_MS);
  let response: Response;
  let body: unknown;
  try {
    response = await options.fetch(url, { ...init, signal });
    body = await readJson(response);
  } catch (cause) {
    throw networkSendError(cause);
  }
  if (!response.ok) throw graphSendError(response.status, body);
  const accepted = sendResponseSchema.safeParse(body);
  if (!accepted.success) {
    // Meta took the message but the answer is unreadable: retrying could send it twice.
    throw new ConnectorSendError(
      'Graph API accepted the message without a message id',
      'invalid_response',
      false,
      response.status,
    );
  }
  return { platformMessageId: accepted.data.messages[0].id };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
