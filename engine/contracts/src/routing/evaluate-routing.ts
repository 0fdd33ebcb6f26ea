import { isWithinBusinessHours } from '../channels/automatic-replies.schema.js';
import { normaliseForMatching } from './normalise-for-matching.js';
import type { RoutingCondition, RoutingConditionKind, RoutingRules } from './routing-rules.schema.js';

/** What routing knows of a new conversation. */
export interface RoutingSnapshot {
  channelAccountId: string;
  /** The text of the conversation's first message; null when it has none (an image, a tap). */
  firstMessageText: string | null;
  /** The payload of the button the contact tapped to start it, if any. */
  quickReplyPayload: string | null;
  contact: {
    /** A BCP 47 tag (`ja`, `ja-JP`) or WhatsApp's form (`ja_JP`); null when unknown. */
    language: string | null;
    tags: string[];
  };
}

export interface RoutingDecision {
  teamId: string;
  /** The rule that routed it; null when no rule did and it went to the default team. */
  ruleId: string | null;
}

type ConditionOf<K extends RoutingConditionKind> = Extract<RoutingCondition, { kind: K }>;
type ConditionChecks = {
  [K in RoutingConditionKind]: (condition: ConditionOf<K>, snapshot: RoutingSnapshot, now: Date) => boolean;
};

const matches = (match: 'any' | 'all', wanted: string[], found: (item: string) => boolean) =>
  match === 'all' ? wanted.every(found) : wanted.some(found);

const primarySubtag = (language: string) => language.trim().split(/[-_]/)[0]!.toLowerCase();

const checks: ConditionChecks = {
  channel_account: (condition, snapshot) => condition.channelAccountIds.includes(snapshot.channelAccountId),
  keyword: (condition, { firstMessageText }) => {
    if (firstMessageText === null) return false;
    const text = normaliseForMatching(firstMessageText, condition.caseSensitive);
    return matches(condition.match, condition.keywords, (keyword) =>
      text.includes(normaliseForMatching(keyword, condition.caseSensitive)),
    );
  },
  regex: (condition, { firstMessageText }) =>
    firstMessageText !== null &&
    new RegExp(condition.pattern, `u${condition.flags.join('')}`).test(firstMessageText),
  quick_reply_payload: (condition, { quickReplyPayload }) =>
    quickReplyPayload !== null && condition.payloads.includes(quickReplyPayload),
  contact_language: (condition, { contact }) =>
    contact.language !== null && condition.languages.includes(primarySubtag(contact.language)),
  contact_tag: (condition, { contact }) => {
    const tags = new Set(contact.tags.map((tag) => normaliseForMatching(tag.trim(), false)));
    return matches(condition.match, condition.tags, (tag) =>
      tags.has(normaliseForMatching(tag.trim(), false)),
    );
  },
  business_hours: (condition, _snapshot, now) =>
    isWithinBusinessHours(condition.hours, now) === (condition.when === 'open'),
};

function conditionHolds<K extends RoutingConditionKind>(
  kind: K,
  condition: ConditionOf<K>,
  snapshot: RoutingSnapshot,
  now: Date,
): boolean {
  return checks[kind](condition, snapshot, now);
}

/**
 * The team a new conversation goes to: the first enabled rule whose conditions all hold, else the
 * default team, else null (it stays unassigned). Pure; expects rules parsed by `routingRulesSchema`.
 */
export function routeConversation(
  rules: RoutingRules,
  snapshot: RoutingSnapshot,
  now: Date,
): RoutingDecision | null {
  const rule = rules.rules.find(
    (candidate) =>
      candidate.enabled &&
      candidate.conditions.every((condition) => conditionHolds(condition.kind, condition, snapshot, now)),
  );
  if (rule) return { teamId: rule.teamId, ruleId: rule.id };
  return rules.defaultTeamId === null ? null : { teamId: rules.defaultTeamId, ruleId: null };
}
