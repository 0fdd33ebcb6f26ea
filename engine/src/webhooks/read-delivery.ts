import { type InboundEvent, type WebhookReceiver, WebhookPayloadError } from '@parley/connector-sdk';

/** A part of a delivery the connector could not read, as it came. */
export interface UnreadPart {
  body: string;
  channelAccountId: string | undefined;
  error: string;
}

/**
 * Reads a verified delivery part by part: what parses becomes events, what does not is returned
 * raw with the reason, so one odd part never costs the others (nor the delivery a 4xx, which
 * would have the platform retry all of it for days).
 */
export function readDelivery(
  receiver: WebhookReceiver,
  raw: Buffer,
): { events: InboundEvent[]; unread: UnreadPart[] } {
  const text = raw.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      events: [],
      unread: [{ body: text, channelAccountId: undefined, error: 'the body is not valid JSON' }],
    };
  }
  const events: InboundEvent[] = [];
  const unread: UnreadPart[] = [];
  for (const part of receiver.splitWebhook?.(body) ?? [{ body }]) {
    try {
      events.push(...receiver.parseWebhook(part.body));
    } catch (error) {
      if (!(error instanceof WebhookPayloadError)) throw error;
      unread.push({
        body: JSON.stringify(part.body),
        channelAccountId: part.channelAccountId,
        error: error.message,
      });
    }
  }
  return { events, unread };
}
