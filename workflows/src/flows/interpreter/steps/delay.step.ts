import { minutesFrom } from '../fill.js';
import { replyText } from '../matching.js';
import type { NodeStep } from '../step.types.js';

/** A durable timer; messages that arrive meanwhile are noted (`last_reply`) but do not cut it short. */
export const delayStep: NodeStep<'delay'> = (node, event, context) => {
  const until = context.memo.until ?? minutesFrom(context.now, node.minutes);
  if (event.kind === 'timeout') return { next: { kind: 'port', port: 'next' } };
  const rest = { kind: 'wait' as const, until, memo: { until }, acceptsReplies: false };
  if (event.kind === 'reply') return { variables: { last_reply: replyText(event.reply) }, next: rest };
  return { next: rest };
};
