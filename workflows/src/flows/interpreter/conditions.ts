// Pure and zod-free (workflow code): whether a condition node's rules hold.
import { isWithinBusinessHours } from '../business-hours.js';
import { normaliseForMatching } from '../normalise-for-matching.js';
import type { ComparisonOperator, ConditionRule } from '../schema/nodes/condition.node.js';
import { fill } from './fill.js';
import type { StepContext } from './step.types.js';

/** Tags compare as the engine stores them: NFKC, case-folded, inner spaces collapsed. */
export function sameTag(a: string, b: string): boolean {
  const norm = (tag: string) => normaliseForMatching(tag.trim().replace(/\s+/gu, ' '), false);
  return norm(a) === norm(b);
}

export function ruleHolds(rule: ConditionRule, context: StepContext): boolean {
  switch (rule.kind) {
    case 'tag':
      return context.contact.tags.some((tag) => sameTag(tag, rule.tag)) === rule.present;
    case 'business_hours':
      // An account without business hours is always open.
      return (
        (context.businessHours === null ||
          isWithinBusinessHours(context.businessHours, new Date(context.now))) === rule.open
      );
    case 'compare': {
      const subject = rule.subject;
      const value =
        subject.kind === 'reply'
          ? context.variables.last_reply
          : subject.kind === 'variable'
            ? context.variables[subject.name]
            : (context.contact[subject.field] ?? undefined);
      return compare(rule.operator, value, fill(context, rule.value));
    }
  }
}

/** Text comparisons ignore case and width (NFKC); greater/less compare numbers, and fail on non-numbers. */
function compare(operator: ComparisonOperator, actual: string | undefined, expected: string): boolean {
  if (operator === 'is_set') return actual !== undefined && actual !== '';
  if (operator === 'is_not_set') return actual === undefined || actual === '';
  if (actual === undefined) return operator === 'not_equals';
  const a = normaliseForMatching(actual.trim(), false);
  const b = normaliseForMatching(expected.trim(), false);
  switch (operator) {
    case 'equals':
      return a === b;
    case 'not_equals':
      return a !== b;
    case 'contains':
      return a.includes(b);
    case 'starts_with':
      return a.startsWith(b);
    case 'matches_regex':
      return safeRegex(expected)?.test(actual.normalize('NFKC')) ?? false;
    case 'greater_than':
    case 'less_than': {
      const [x, y] = [Number(a.replace(/,/g, '')), Number(b.replace(/,/g, ''))];
      if (!Number.isFinite(x) || !Number.isFinite(y) || a === '' || b === '') return false;
      return operator === 'greater_than' ? x > y : x < y;
    }
  }
}

/** The validator refuses patterns that do not compile; this guards a run started before that rule. */
function safeRegex(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'iu');
  } catch {
    return null;
  }
}
