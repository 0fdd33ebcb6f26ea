import { fillNonEmpty, minutesFrom } from '../fill.js';
import { parseInput } from '../input-validation.js';
import { replyText } from '../matching.js';
import { openEndedWait } from '../resting.js';
import { timedOut } from './choice.js';
import type { NodeStep, StepContext, StepOutcome } from '../step.types.js';

/**
 * Asks, then checks each answer: a fitting one is kept in `saveAs` (`next`); one that does not fit
 * gets the retry message until `maxAttempts` answers were tried (`invalid`).
 */
export const collectInputStep: NodeStep<'collect_input'> = (node, event, context) => {
  const until = node.timeoutMinutes
    ? (context.memo.until ?? minutesFrom(context.now, node.timeoutMinutes))
    : openEndedWait(context.memo, context.now, context.windowOpen);
  const attempts = context.memo.attempts ?? 0;
  switch (event.kind) {
    case 'enter':
      return { effects: [ask(context, node.prompt, 0)], next: rest(until, 0) };
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
        next: rest(until, attempts + 1),
      };
    }
    case 'timeout':
      return node.timeoutMinutes ? { next: { kind: 'port', port: 'timeout' } } : timedOut;
    case 'window_closed':
      return {
        next: {
          kind: 'end',
          end: {
            status: 'dropped',
            reason: 'window_closed',
            detail: 'the customer did not answer while the window was open',
          },
        },
      };
    case 'call_result':
      return { next: rest(until, attempts) };
  }
};

function rest(until: number | null, attempts: number): StepOutcome['next'] {
  return {
    kind: 'wait',
    until,
    memo: until === null ? { attempts } : { attempts, until },
    acceptsReplies: true,
  };
}

function ask(context: StepContext, text: string, n: number) {
  return {
    kind: 'send' as const,
    key: context.key(n),
    windowOpen: context.windowOpen,
    message: { type: 'text' as const, text: fillNonEmpty(context, text) },
  };
}
