import { regexConditionFlags, type RoutingCondition, type RoutingConditionKind } from '@parley/contracts';
import {
  businessHoursField,
  businessHoursRequest,
  businessHoursValues,
  defaultBusinessHours,
  type BusinessHoursValues,
} from '../../integrations/automatic-replies/business-hours-form';

export type RegexFlag = (typeof regexConditionFlags)[number];
type Match = 'any' | 'all';

/**
 * A condition as its editor edits it: lists as text, one item a line (keywords, payloads, tags)
 * or separated by spaces or commas (languages); the regex's flags as checkboxes, with a sample
 * message to test it on that is never sent; business hours as the automatic replies edit them.
 */
export type ConditionValues =
  | { kind: 'channel_account'; channelAccountIds: string[] }
  | { kind: 'keyword'; keywords: string; match: Match; caseSensitive: boolean }
  | { kind: 'regex'; pattern: string; flags: Record<RegexFlag, boolean>; sample: string }
  | { kind: 'quick_reply_payload'; payloads: string }
  | { kind: 'contact_language'; languages: string }
  | { kind: 'contact_tag'; tags: string; match: Match }
  | { kind: 'business_hours'; hours: BusinessHoursValues; when: 'open' | 'closed' };

type ValuesOf<K extends RoutingConditionKind> = Extract<ConditionValues, { kind: K }>;
type ConditionOf<K extends RoutingConditionKind> = Extract<RoutingCondition, { kind: K }>;

/** Where an issue inside a condition goes: its editor's field and, for a list, the item at fault. */
export interface Placement {
  field: string;
  item?: { position: number; text: string };
}

export interface ConditionRequest {
  /** The condition as the contract takes it, before it checks it. */
  body: Record<string, unknown>;
  /** The field (relative to the condition) of a path inside it, such as `keywords.2`. */
  place: (path: readonly string[]) => Placement | null;
}

/** Items of a list typed one a line, trimmed, blank lines left out, each with its line number. */
export function lines(text: string): { items: string[]; positions: number[] } {
  const items: string[] = [];
  const positions: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    items.push(line.trim());
    positions.push(index + 1);
  });
  return { items, positions };
}

/** Words separated by spaces or commas (Japanese ones too), each with its place. */
export function words(text: string): { items: string[]; positions: number[] } {
  const items = text.split(/[\s,、，]+/).filter(Boolean);
  return { items, positions: items.map((_, index) => index + 1) };
}

/** Issues on a list go to its field; those on one item name it. */
function listRequest(
  key: string,
  list: { items: string[]; positions: number[] },
  body: Record<string, unknown>,
): ConditionRequest {
  return {
    body: { ...body, [key]: list.items },
    place: ([first, index]) => {
      if (first !== key) return null;
      const at = Number(index);
      if (index === undefined || !Number.isInteger(at)) return { field: key };
      return { field: key, item: { position: list.positions[at] ?? at + 1, text: list.items[at] ?? '' } };
    },
  };
}

const own = (key: string) => (path: readonly string[]) => (path[0] === key ? { field: key } : null);
const joinLines = (items: readonly string[]) => items.join('\n');
const allHours = (): BusinessHoursValues => ({ ...defaultBusinessHours(), enabled: true });

const conditionForms: {
  [K in RoutingConditionKind]: {
    blank: () => ValuesOf<K>;
    values: (condition: ConditionOf<K>) => ValuesOf<K>;
    request: (values: ValuesOf<K>) => ConditionRequest;
  };
} = {
  channel_account: {
    blank: () => ({ kind: 'channel_account', channelAccountIds: [] }),
    values: ({ channelAccountIds }) => ({
      kind: 'channel_account',
      channelAccountIds: [...channelAccountIds],
    }),
    request: ({ kind, channelAccountIds }) => ({
      body: { kind, channelAccountIds },
      place: own('channelAccountIds'),
    }),
  },
  keyword: {
    blank: () => ({ kind: 'keyword', keywords: '', match: 'any', caseSensitive: false }),
    values: ({ keywords, match, caseSensitive }) => ({
      kind: 'keyword',
      keywords: joinLines(keywords),
      match,
      caseSensitive,
    }),
    request: ({ kind, keywords, match, caseSensitive }) =>
      listRequest('keywords', lines(keywords), { kind, match, caseSensitive }),
  },
  regex: {
    blank: () => ({ kind: 'regex', pattern: '', flags: { i: false, s: false, m: false }, sample: '' }),
    values: ({ pattern, flags }) => ({
      kind: 'regex',
      pattern,
      flags: { i: flags.includes('i'), s: flags.includes('s'), m: flags.includes('m') },
      sample: '',
    }),
    request: ({ kind, pattern, flags }) => ({
      body: { kind, pattern, flags: regexConditionFlags.filter((flag) => flags[flag]) },
      place: (path) => (path[0] === 'pattern' || path[0] === 'flags' ? { field: 'pattern' } : null),
    }),
  },
  quick_reply_payload: {
    blank: () => ({ kind: 'quick_reply_payload', payloads: '' }),
    values: ({ payloads }) => ({ kind: 'quick_reply_payload', payloads: joinLines(payloads) }),
    // Trimmed like the other lists: a payload is an id set in a template's button, never padded.
    request: ({ kind, payloads }) => listRequest('payloads', lines(payloads), { kind }),
  },
  contact_language: {
    blank: () => ({ kind: 'contact_language', languages: '' }),
    values: ({ languages }) => ({ kind: 'contact_language', languages: languages.join(', ') }),
    request: ({ kind, languages }) => listRequest('languages', words(languages), { kind }),
  },
  contact_tag: {
    blank: () => ({ kind: 'contact_tag', tags: '', match: 'any' }),
    values: ({ tags, match }) => ({ kind: 'contact_tag', tags: joinLines(tags), match }),
    request: ({ kind, tags, match }) => listRequest('tags', lines(tags), { kind, match }),
  },
  business_hours: {
    blank: () => ({ kind: 'business_hours', hours: allHours(), when: 'open' }),
    values: ({ hours, when }) => ({ kind: 'business_hours', hours: businessHoursValues(hours), when }),
    request: ({ kind, hours, when }) => {
      const request = businessHoursRequest({ ...hours, enabled: true });
      return {
        body: { kind, hours: request.hours, when },
        place: ([first, ...rest]) => {
          if (first !== 'hours') return null;
          const field = businessHoursField(rest.join('.'), request.sources);
          return { field: field === null ? 'hours.timeZone' : `hours.${field}` };
        },
      };
    },
  },
};

/** A new condition of this kind, as its editor starts. */
export function blankCondition<K extends RoutingConditionKind>(kind: K): ValuesOf<K> {
  return conditionForms[kind].blank();
}

export function conditionValues<K extends RoutingConditionKind>(
  kind: K,
  condition: ConditionOf<K>,
): ValuesOf<K> {
  return conditionForms[kind].values(condition);
}

export function conditionRequest<K extends RoutingConditionKind>(
  kind: K,
  values: ValuesOf<K>,
): ConditionRequest {
  return conditionForms[kind].request(values);
}
