import { z } from 'zod';

/** A message Parley sends, independent of the channel. */
export const outboundMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1).max(4096), previewUrl: z.boolean().optional() }),
]);
export type OutboundMessage = z.infer<typeof outboundMessageSchema>;

export const sendRequestSchema = z.object({
  /** The business's account on the channel (WhatsApp: the phone number id). */
  channelAccountId: z.string().min(1),
  /** The recipient as the channel identifies them (WhatsApp: the wa_id). */
  to: z.string().min(1),
  message: outboundMessageSchema,
  /** Stable across retries of the same logical send; connectors pass it on where the platform allows. */
  idempotencyKey: z.string().min(1).max(200),
});
export type SendRequest = z.infer<typeof sendRequestSchema>;

export interface SendResult {
  /** The platform's id for the accepted message (WhatsApp: a wamid). */
  platformMessageId: string;
}
