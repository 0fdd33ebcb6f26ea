import {
  CapabilityError,
  checkCapabilities,
  checkRecipient,
  ConnectorSendError,
  type CapabilityIssue,
  type OutboundMessage,
  type SendRequest,
  type SendResult,
} from '@parley/connector-sdk';
import { z } from 'zod';
import type { WhatsAppConfig } from './config.schema.js';
import {
  bearer,
  DEFAULT_TIMEOUT_MS,
  graphCall,
  graphPath,
  graphUrl,
  type GraphCall,
  type GraphCallOptions,
} from './graph-request.js';
import { WHATSAPP_CHANNEL_NAME, whatsappManifest } from './manifest.js';
import { messageBody, type GraphRecipient } from './outbound/message-body.js';
import { whatsappRuleIssues } from './outbound/whatsapp-rules.js';

export { messageBody, type GraphRecipient } from './outbound/message-body.js';

export const SEND_TIMEOUT_MS = DEFAULT_TIMEOUT_MS;

export interface GraphRequest {
  url: string;
  init: { method: 'POST'; headers: Record<string, string>; body: string };
}

type GraphConfig = Pick<WhatsAppConfig, 'apiBaseUrl' | 'graphVersion' | 'accessToken'>;

/** Everything that stops WhatsApp from carrying the message: the SDK's limits, then WhatsApp's own rules. */
export function whatsappCapabilityIssues(message: OutboundMessage): CapabilityIssue[] {
  return [
    ...checkCapabilities(message, whatsappManifest.capabilities, WHATSAPP_CHANNEL_NAME),
    ...whatsappRuleIssues(message),
  ];
}

/**
 * The recipient in Meta's fields: the phone number as `to` when Parley has one (it wins when both
 * are known, and keeps the number in the webhooks), else the BSUID as `recipient`.
 */
export function graphRecipient(request: Pick<SendRequest, 'to' | 'toUserId'>): GraphRecipient {
  if (request.to !== undefined) return { to: request.to };
  if (request.toUserId !== undefined) return { recipient: request.toUserId };
  throw new ConnectorSendError('A send needs a recipient: to or toUserId', 'invalid_request', false);
}

function sendCall(request: SendRequest): GraphCall & { body: Record<string, unknown> } {
  return {
    method: 'POST',
    path: graphPath(request.channelAccountId, 'messages'),
    body: messageBody(graphRecipient(request), request.message, request.replyTo),
    // Meta ignores it; the sandbox answers a repeated key with the first send's wamid.
    headers: { 'Idempotency-Key': request.idempotencyKey },
  };
}

/** The request `sendMessage` makes, for inspection (tests, the sandbox). */
export function buildSendRequest(config: GraphConfig, request: SendRequest): GraphRequest {
  const call = sendCall(request);
  return {
    url: graphUrl(config, call.path),
    init: {
      method: 'POST',
      headers: { ...bearer(config), 'Content-Type': 'application/json', ...call.headers },
      body: JSON.stringify(call.body),
    },
  };
}

/** Meta's answer: `contacts[]` echoes the input with its `wa_id` (phone sends) or `user_id` (BSUID sends). */
const sendResponseSchema = z.object({
  contacts: z
    .array(
      z.object({
        input: z.string().optional(),
        wa_id: z.string().optional(),
        user_id: z.string().optional(),
      }),
    )
    .optional(),
  messages: z.tuple([z.object({ id: z.string().min(1) })], z.object({ id: z.string().min(1) })),
});

/**
 * Sends one message through the Graph API, to the phone number or else the BSUID. A message
 * WhatsApp cannot carry throws CapabilityError before any request; failures throw a classified
 * ConnectorSendError (131062: this message cannot go to a BSUID, e.g. a one-tap, zero-tap or
 * copy-code authentication template; send it to the phone number).
 */
export async function sendMessage(
  config: GraphConfig,
  request: SendRequest,
  options: GraphCallOptions,
): Promise<SendResult> {
  const issues = [
    ...checkRecipient(request, whatsappManifest.capabilities, WHATSAPP_CHANNEL_NAME),
    ...whatsappCapabilityIssues(request.message),
  ];
  if (issues.length > 0) throw new CapabilityError(issues);
  const answer = await graphCall(config, sendCall(request), sendResponseSchema, options);
  const recipientId = answer.contacts?.[0]?.wa_id;
  const recipientUserId = answer.contacts?.[0]?.user_id;
  return {
    platformMessageId: answer.messages[0].id,
    ...(recipientId !== undefined && recipientId !== request.to ? { recipientId } : {}),
    ...(recipientUserId === undefined ? {} : { recipientUserId }),
  };
}
