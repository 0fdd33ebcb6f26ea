import { routeConversation, type RoutingRules, type RoutingSnapshot } from '@parley/contracts';

/** The preview's sample conversation, as typed. */
export interface PreviewValues {
  /** '' for none. */
  channelAccountId: string;
  text: string;
  quickReplyPayload: string;
  language: string;
  /** Separated by commas. */
  tags: string;
  /** A `datetime-local` value in the browser's time zone; '' for now. */
  at: string;
}

export const emptyPreview: PreviewValues = {
  channelAccountId: '',
  text: '',
  quickReplyPayload: '',
  language: '',
  tags: '',
  at: '',
};

/** The sample as routing sees a new conversation: blank fields are unknown. */
export function previewSnapshot(values: PreviewValues): RoutingSnapshot {
  return {
    channelAccountId: values.channelAccountId,
    firstMessageText: values.text === '' ? null : values.text,
    quickReplyPayload: values.quickReplyPayload.trim() === '' ? null : values.quickReplyPayload.trim(),
    contact: {
      language: values.language.trim() === '' ? null : values.language.trim(),
      tags: values.tags
        .split(/[,、，\n]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    },
  };
}

/** The moment the sample arrives: the time typed (the browser's time zone), else `now`. */
export function previewTime(at: string, now: Date): Date {
  const typed = at === '' ? Number.NaN : new Date(at).getTime();
  return Number.isNaN(typed) ? now : new Date(typed);
}

export type PreviewOutcome =
  | { kind: 'rule'; teamId: string; ruleId: string; position: number; name: string }
  | { kind: 'default'; teamId: string }
  | { kind: 'unassigned' };

/** Where the sample conversation would go, by the contract's `routeConversation`, entirely here. */
export function previewRouting(routing: RoutingRules, values: PreviewValues, now: Date): PreviewOutcome {
  const decision = routeConversation(routing, previewSnapshot(values), previewTime(values.at, now));
  if (decision === null) return { kind: 'unassigned' };
  if (decision.ruleId === null) return { kind: 'default', teamId: decision.teamId };
  const position = routing.rules.findIndex((rule) => rule.id === decision.ruleId);
  return {
    kind: 'rule',
    teamId: decision.teamId,
    ruleId: decision.ruleId,
    position: position + 1,
    name: routing.rules[position]?.name ?? '',
  };
}
