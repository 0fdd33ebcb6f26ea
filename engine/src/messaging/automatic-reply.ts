import { isWithinBusinessHours, type AutomaticReplies } from '@parley/contracts';

/** Messages no automatic reply answers: they respond to something, or Parley cannot read them. */
const notAnswered = new Set(['reaction', 'unsupported', 'interactive_reply', 'template_reply']);

export type AutomaticReplyDecision =
  | { send: true; kind: 'greeting' | 'away'; text: string }
  /** Nothing to send in this window (none set up); `settled: false`: a later message may still get one. */
  | { send: false; settled: boolean };

/**
 * The window's automatic reply to a customer's message of this kind at `at`: the away message
 * outside business hours (instead of the greeting), else the greeting; never to a reaction, a
 * button tap or a message Parley cannot read.
 */
export function decideAutomaticReply(
  settings: AutomaticReplies,
  messageType: string,
  at: Date,
): AutomaticReplyDecision {
  if (notAnswered.has(messageType)) return { send: false, settled: false };
  const closed = settings.businessHours !== null && !isWithinBusinessHours(settings.businessHours, at);
  if (closed && settings.away.enabled && settings.away.text)
    return { send: true, kind: 'away', text: settings.away.text };
  if (settings.greeting.enabled && settings.greeting.text)
    return { send: true, kind: 'greeting', text: settings.greeting.text };
  return { send: false, settled: true };
}
