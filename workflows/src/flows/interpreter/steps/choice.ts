import type { FlowOutbound } from '../../runtime.contract.js';
import type { ListNode } from '../../schema/nodes/list.node.js';
import type { ReplyButtonsNode } from '../../schema/nodes/reply-buttons.node.js';
import { flowOptionId } from '../../runtime.contract.js';
import { fill, fillNonEmpty } from '../fill.js';
import { matchOption, replyText } from '../matching.js';
import { answerDeadline, answerTimedOut, awaitAnswer, windowClosedUnanswered } from '../resting.js';
import type { StepContext, StepEvent, StepOutcome } from '../step.types.js';

type ChoiceNode = ReplyButtonsNode | ListNode;

/**
 * Reply buttons and lists: send, rest until the customer chooses (each option its own output), the
 * timeout fires, or the window closes (without a timeout). A reply that chooses nothing is asked
 * again, up to `maxReasks` times, then takes `no_match`.
 */
export function choiceStep(node: ChoiceNode, event: StepEvent, context: StepContext): StepOutcome {
  const options = node.type === 'reply_buttons' ? node.buttons : node.rows;
  const reasks = context.memo.reasks ?? 0;
  const until = answerDeadline(node.timeoutMinutes, context);
  const rest = (memo: Record<string, number>) => awaitAnswer(until, memo);
  switch (event.kind) {
    case 'enter':
      return {
        effects: [send(node, context, fillNonEmpty(context, node.body), 0)],
        next: rest({ reasks: 0 }),
      };
    case 'reply': {
      const chosen = matchOption(node.id, options, event.reply);
      if (chosen)
        return {
          next: { kind: 'port', port: chosen },
          variables: { last_reply: replyText(event.reply, options) },
        };
      const variables = { last_reply: replyText(event.reply) };
      if (reasks >= node.noMatch.maxReasks) return { variables, next: { kind: 'port', port: 'no_match' } };
      return {
        variables,
        effects: [send(node, context, fillNonEmpty(context, node.noMatch.reaskText), reasks + 1)],
        next: rest({ reasks: reasks + 1 }),
      };
    }
    case 'timeout':
      return answerTimedOut(node.timeoutMinutes);
    case 'window_closed':
      return windowClosedUnanswered();
    case 'call_result':
      return { next: rest({ reasks }) };
  }
}

function send(node: ChoiceNode, context: StepContext, body: string, n: number) {
  const frame = {
    body,
    ...(node.header ? { header: fill(context, node.header) || node.header } : {}),
    ...(node.footer ? { footer: fill(context, node.footer) || node.footer } : {}),
  };
  const message: FlowOutbound =
    node.type === 'reply_buttons'
      ? {
          type: 'reply_buttons',
          ...frame,
          buttons: node.buttons.map((button) => ({
            id: flowOptionId(node.id, button.id),
            title: fillNonEmpty(context, button.title),
          })),
        }
      : {
          type: 'list',
          ...frame,
          buttonLabel: node.buttonLabel,
          ...(node.sectionTitle ? { sectionTitle: node.sectionTitle } : {}),
          rows: node.rows.map((row) => ({
            id: flowOptionId(node.id, row.id),
            title: fillNonEmpty(context, row.title),
            ...(row.description ? { description: fill(context, row.description) } : {}),
          })),
        };
  return { kind: 'send' as const, key: context.key(n), message, windowOpen: context.windowOpen };
}
