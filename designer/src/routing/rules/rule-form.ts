import { routingRuleSchema, type RoutingRule } from '@parley/contracts';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { TRANSLATED } from '../../forms/field-error-text';
import type { Translate } from '../../i18n/translate';
import { conditionRequest, conditionValues, type ConditionValues, type Placement } from './condition-forms';
import { ruleIssueText } from './rule-issues';

/** The rule editor's fields: the rule, its conditions as their editors edit them. */
export interface RuleFormValues {
  id: string;
  name: string;
  enabled: boolean;
  /** '' until a team is chosen. */
  teamId: string;
  conditions: ConditionValues[];
}

/** A rule in the editor; a new one (enabled, with a fresh id) when there is none. */
export function ruleValues(rule: RoutingRule | null, newId: () => string): RuleFormValues {
  if (!rule) return { id: newId(), name: '', enabled: true, teamId: '', conditions: [] };
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    teamId: rule.teamId,
    conditions: rule.conditions.map((condition) => conditionValues(condition.kind, condition)),
  };
}

export interface RuleRequest {
  /** The rule as the contract takes it, before it checks it. */
  body: Record<string, unknown>;
  /** Where an issue of `routingRuleSchema` (by its path) goes in the editor. */
  place: (path: readonly PropertyKey[]) => Placement | null;
}

/** The editor's rule in the contract's shape, and where each part of it came from. */
export function ruleRequest(values: RuleFormValues): RuleRequest {
  const conditions = values.conditions.map((condition) => conditionRequest(condition.kind, condition));
  return {
    body: {
      id: values.id,
      name: values.name,
      enabled: values.enabled,
      teamId: values.teamId,
      conditions: conditions.map((condition) => condition.body),
    },
    place: (path) => {
      const [first, index, ...rest] = path.map(String);
      if (first === 'name' || first === 'teamId') return { field: first };
      if (first !== 'conditions') return null;
      const condition = conditions[Number(index)];
      if (index === undefined || !condition) return { field: 'conditions.root' };
      const placed = condition.place(rest);
      return placed && { ...placed, field: `conditions.${index}.${placed.field}` };
    },
  };
}

/**
 * The editor's resolver: the contract's own checks (`routingRuleSchema`), each worded under its
 * field; what it passes to the submit handler is the rule as the contract parsed it.
 */
export function ruleResolver(t: Translate): Resolver<RuleFormValues, unknown, RoutingRule> {
  return (values, _context, options) => {
    const { body, place } = ruleRequest(values);
    const parsed = routingRuleSchema.safeParse(body);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: FieldErrors<RuleFormValues> = {};
    const seen = new Set<string>();
    for (const issue of parsed.error.issues as z.core.$ZodIssue[]) {
      const placed = place(issue.path);
      if (placed === null || seen.has(placed.field)) continue;
      seen.add(placed.field);
      const ref = (options.fields[placed.field] as { ref?: unknown } | undefined)?.ref;
      set(errors, placed.field, { type: TRANSLATED, message: ruleIssueText(issue, placed, t), ref });
    }
    if (seen.size === 0) set(errors, 'root.contract', { type: TRANSLATED, message: t('forms.invalid') });
    return { values: {}, errors };
  };
}
