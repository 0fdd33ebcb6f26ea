import { fillNonEmpty } from '../fill.js';
import { parseInput } from '../input-validation.js';
import { replyText } from '../matching.js';
import { answerDeadline, answerTimedOut, awaitAnswer, windowClosedUnanswered } from '../resting.js';
import type { NodeStep, StepContext } from '../step.types.js';

/**
 * Asks, then checks each answer: a fitting one is kept in `saveAs` (`next`); one that does not fit
 * gets the retry message until `maxAttempts` answers were tried (`invalid`).
 */
export const collectInputStep: NodeStep<'collect_input'> = (node, event, context) => {
  const until = answerDeadline(node.timeoutMinutes, context);
  const attempts = context.memo.attempts ?? 0;
  switch (event.kind) {
    case 'enter':
      return { effects: [ask(context, node.prompt, 0)], next: awaitAnswer(until, { attempts: 0 }) };
    case 'reply': {
      const text = replyText(event.reply);
      const value = parseInput(node.inputType, text, node.choices);
      if (value !== null)
        return {
          variables: { last_reply: text, [node.saveAs]: value },
          next: { kind: 'port', port: 'next' },
        };
      if (attempts + 1 >= node.maxAttempts)
        return { variables: { last_reply: text }, next: { kind: 'port', port: 'invalid' } };
      return {
        variables: { last_reply: text },
        effects: [ask(context, node.retryText, attempts + 1)],
        next: awaitAnswer(until, { attempts: attempts + 1 }),
      };
    }
    case 'timeout':
      return answerTimedOut(node.timeoutMinutes);
    case 'window_closed':
      return windowClosedUnanswered();
    case 'call_result':
      return { next: awaitAnswer(until, { attempts }) };
  }
};

function ask(context: StepContext, text: string, n: number) {
  return {
    kind: 'send' as const,
    key: context.key(n),
    windowOpen: context.windowOpen,
    message: { type: 'text' as const, text: fillNonEmpty(context, text) },
  };
}
