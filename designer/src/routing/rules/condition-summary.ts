import type { RoutingCondition, RoutingConditionKind } from '@parley/contracts';
import type { Translate } from '../../i18n/translate';

type ConditionOf<K extends RoutingConditionKind> = Extract<RoutingCondition, { kind: K }>;

/** How many items of a list a summary names before "and 3 more". */
const SHOWN = 3;

function list(items: readonly string[], t: Translate): string {
  const separator = t('routingPage.summary.separator');
  if (items.length <= SHOWN) return items.join(separator);
  return t('routingPage.summary.list', {
    first: items.slice(0, SHOWN).join(separator),
    count: items.length - SHOWN,
  });
}

const quoted = (items: readonly string[], t: Translate) =>
  list(
    items.map((text) => t('routingPage.summary.quote', { text })),
    t,
  );

type Summaries = {
  [K in RoutingConditionKind]: (
    condition: ConditionOf<K>,
    t: Translate,
    accountName: (id: string) => string,
  ) => string;
};

const summaries: Summaries = {
  channel_account: (condition, t, accountName) =>
    t('routingPage.summary.channel_account', {
      accounts: list(condition.channelAccountIds.map(accountName), t),
    }),
  keyword: (condition, t) =>
    t(`routingPage.summary.keyword_${condition.match}`, { keywords: quoted(condition.keywords, t) }),
  regex: (condition, t) =>
    t('routingPage.summary.regex', { pattern: `/${condition.pattern}/${condition.flags.join('')}` }),
  quick_reply_payload: (condition, t) =>
    t('routingPage.summary.quick_reply_payload', { payloads: quoted(condition.payloads, t) }),
  contact_language: (condition, t) =>
    t('routingPage.summary.contact_language', { languages: list(condition.languages, t) }),
  contact_tag: (condition, t) =>
    t(`routingPage.summary.contact_tag_${condition.match}`, { tags: quoted(condition.tags, t) }),
  business_hours: (condition, t) =>
    t(`routingPage.summary.business_hours_${condition.when}`, { timeZone: condition.hours.timeZone }),
};

function summaryOf<K extends RoutingConditionKind>(
  kind: K,
  condition: ConditionOf<K>,
  t: Translate,
  accountName: (id: string) => string,
): string {
  return summaries[kind](condition, t, accountName);
}

/** A condition in a line for the rules list: "Contains any of “予約”, “変更”". Pure. */
export function conditionSummary(
  condition: RoutingCondition,
  t: Translate,
  accountName: (id: string) => string,
): string {
  return summaryOf(condition.kind, condition, t, accountName);
}
