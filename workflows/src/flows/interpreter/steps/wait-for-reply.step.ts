import { minutesFrom } from '../fill.js';
import { replyText } from '../matching.js';
import type { NodeStep } from '../step.types.js';

/** Rests until the customer writes (`reply`, kept in `saveAs`) or the timeout (`timeout`): minutes to days, durably. */
export const waitForReplyStep: NodeStep<'wait_for_reply'> = (node, event, context) => {
  const until = context.memo.until ?? minutesFrom(context.now, node.timeoutMinutes);
  switch (event.kind) {
    case 'reply': {
      const text = replyText(event.reply);
      return {
        variables: { last_reply: text, ...(node.saveAs ? { [node.saveAs]: text } : {}) },
        next: { kind: 'port', port: 'reply' },
      };
    }
    case 'timeout':
      return { next: { kind: 'port', port: 'timeout' } };
    default:
      return { next: { kind: 'wait', until, memo: { until }, acceptsReplies: true } };
  }
};
