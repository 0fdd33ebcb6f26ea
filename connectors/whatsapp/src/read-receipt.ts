import type { MarkReadRequest } from '@parley/connector-sdk';
import { z } from 'zod';
import type { WhatsAppConfig } from './config.schema.js';
import { graphCall, graphPath, type GraphCallOptions } from './graph-request.js';

type GraphConfig = Pick<WhatsAppConfig, 'apiBaseUrl' | 'graphVersion' | 'accessToken'>;

/** How long Meta shows the typing indicator unless the business replies first. */
export const TYPING_INDICATOR_MS = 25_000;

/**
 * The body of `POST /{phone-number-id}/messages` that marks a received message (and every earlier
 * one) read; with `typing`, it also shows the customer the typing indicator.
 */
export function readReceiptBody(platformMessageId: string, typing: boolean): Record<string, unknown> {
  return {
    messaging_product: 'whatsapp',
    status: 'read',
    message_id: platformMessageId,
    ...(typing ? { typing_indicator: { type: 'text' } } : {}),
  };
}

/** Meta's answer: `{success: true}`; anything else is `invalid_response`. */
const readReceiptResponseSchema = z.object({ success: z.literal(true) });

/**
 * Sends a read receipt for a message the phone number received, with the typing indicator when
 * `typing` (it clears when the business replies or after 25 s). Failures throw a ConnectorSendError
 * classified like sends (an unknown or foreign message id: Meta's 100, permanent).
 */
export async function sendReadReceipt(
  config: GraphConfig,
  request: MarkReadRequest,
  typing: boolean,
  options: GraphCallOptions,
): Promise<void> {
  await graphCall(
    config,
    {
      method: 'POST',
      path: graphPath(request.channelAccountId, 'messages'),
      body: readReceiptBody(request.platformMessageId, typing),
    },
    readReceiptResponseSchema,
    options,
  );
}
