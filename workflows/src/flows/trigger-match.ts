// Pure and zod-free: whether a customer's message starts a flow (the engine decides at intake).
import { normaliseForMatching } from './normalise-for-matching.js';
import type { FlowReply } from './runtime.contract.js';
import type { TriggerMatch } from './schema/nodes/trigger.node.js';

export interface TriggerCandidate {
  flowId: string;
  versionId: string;
  match: TriggerMatch;
  priority: number;
}

/**
 * Whether the message matches: keywords and regexes read its text (NFKC, case-folded unless the
 * regex says otherwise); a quick-reply payload trigger reads the tapped button's payload; a new
 * conversation is its first message. A pattern that does not compile matches nothing.
 */
export function triggerMatches(match: TriggerMatch, message: FlowReply, firstMessage: boolean): boolean {
  switch (match.kind) {
    case 'new_conversation':
      return firstMessage;
    case 'any_message':
      return true;
    case 'quick_reply_payload':
      return message.payload !== null && match.payloads.includes(message.payload);
    case 'keyword': {
      if (!message.text) return false;
      const text = normaliseForMatching(message.text.trim(), false);
      return match.keywords.some((keyword) => {
        const wanted = normaliseForMatching(keyword.trim(), false);
        return match.mode === 'exact' ? text === wanted : text.includes(wanted);
      });
    }
    case 'regex': {
      if (!message.text) return false;
      try {
        return new RegExp(match.pattern, match.caseInsensitive ? 'iu' : 'u').test(
          message.text.normalize('NFKC'),
        );
      } catch {
        return false;
      }
    }
  }
}

/** The flow the message starts: the highest priority among those that match (ties: the order given). */
export function chooseTrigger(
  candidates: readonly TriggerCandidate[],
  message: FlowReply,
  firstMessage: boolean,
): TriggerCandidate | undefined {
  return [...candidates]
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index)
    .find(({ candidate }) => triggerMatches(candidate.match, message, firstMessage))?.candidate;
}
