import {
  regexConditionSchema,
  routeConversation,
  type RoutingCondition,
  type RoutingSnapshot,
} from '@parley/contracts';
import type { RegexFlag } from './condition-forms';
import { compileProblem } from './rule-issues';

/** Only a stand-in for the one rule and team a condition is tried with; never sent. */
const PROBE_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Whether one condition holds for a conversation, by the contract's own logic: a list of a
 * single rule with just this condition, routed with `routeConversation`.
 */
export function conditionHolds(condition: RoutingCondition, snapshot: RoutingSnapshot, now: Date): boolean {
  const rule = { id: PROBE_ID, name: 'probe', enabled: true, conditions: [condition], teamId: PROBE_ID };
  return routeConversation({ rules: [rule], defaultTeamId: null }, snapshot, now) !== null;
}

export type RegexTest =
  | { state: 'empty' }
  /** The contract refuses the pattern; `problem` is the engine's reason when it does not compile. */
  | { state: 'invalid'; problem: string | null }
  | { state: 'match' }
  | { state: 'noMatch' };

/** The regex condition's live test: whether a conversation starting with `sample` meets it. */
export function testRegex(pattern: string, flags: Record<RegexFlag, boolean>, sample: string): RegexTest {
  const parsed = regexConditionSchema.safeParse({
    kind: 'regex',
    pattern,
    flags: (Object.keys(flags) as RegexFlag[]).filter((flag) => flags[flag]),
  });
  if (!parsed.success) {
    const compile = parsed.error.issues.find((issue) => issue.code === 'custom');
    return { state: 'invalid', problem: compile ? compileProblem(compile.message) : null };
  }
  if (sample === '') return { state: 'empty' };
  const snapshot: RoutingSnapshot = {
    channelAccountId: '',
    firstMessageText: sample,
    quickReplyPayload: null,
    contact: { language: null, tags: [] },
  };
  return { state: conditionHolds(parsed.data, snapshot, new Date()) ? 'match' : 'noMatch' };
}
