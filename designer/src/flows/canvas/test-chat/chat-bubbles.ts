import type { TestChatMessage } from '@parley/contracts';

/** How far a business message got, as WhatsApp's ticks show it. */
export type Ticks = 'pending' | 'sent' | 'delivered' | 'read';

/** One bubble of the test chat: the message, its side, its ticks, and what the customer chose from it. */
export interface ChatBubble {
  message: TestChatMessage;
  /** `business`: left, white; `customer`: right, green. */
  side: TestChatMessage['from'];
  ticks: Ticks | null;
  /** The title of the button or row the customer tapped on this message, once they did. */
  chosen: string | null;
}

const ticksOf = (message: TestChatMessage): Ticks | null =>
  message.from === 'customer'
    ? null
    : message.status === null || message.status === 'accepted'
      ? 'pending'
      : message.status;

/**
 * The phone's messages as bubbles, oldest first: a customer's tap (a reply naming the message) marks
 * the business message it answered with the title chosen.
 */
export function chatBubbles(messages: readonly TestChatMessage[]): ChatBubble[] {
  const chosen = new Map<string, string>();
  for (const message of messages)
    if (message.from === 'customer' && message.replyTo !== null && message.text !== null)
      chosen.set(message.replyTo, message.text);
  return messages.map((message) => ({
    message,
    side: message.from,
    ticks: ticksOf(message),
    chosen: message.from === 'business' ? (chosen.get(message.id) ?? null) : null,
  }));
}
