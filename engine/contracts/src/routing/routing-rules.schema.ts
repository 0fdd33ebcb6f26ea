import { z } from 'zod';
import { businessHoursConditionSchema } from './conditions/business-hours.schema.js';
import { channelAccountConditionSchema } from './conditions/channel-account.schema.js';
import { contactLanguageConditionSchema } from './conditions/contact-language.schema.js';
import { contactTagConditionSchema } from './conditions/contact-tag.schema.js';
import { keywordConditionSchema } from './conditions/keyword.schema.js';
import { quickReplyPayloadConditionSchema } from './conditions/quick-reply-payload.schema.js';
import { regexConditionSchema } from './conditions/regex.schema.js';

export const routingLimits = { rules: 200, conditionsPerRule: 20, ruleNameLength: 100 } as const;

const conditionSchemas = [
  channelAccountConditionSchema,
  keywordConditionSchema,
  regexConditionSchema,
  quickReplyPayloadConditionSchema,
  contactLanguageConditionSchema,
  contactTagConditionSchema,
  businessHoursConditionSchema,
] as const;

export const routingConditionKinds = conditionSchemas.map((schema) => schema.shape.kind.value);

/** One thing a conversation must satisfy for a rule to route it. */
export const routingConditionSchema = z.discriminatedUnion('kind', conditionSchemas, {
  error: `must be a condition kind: ${routingConditionKinds.join(', ')}`,
});
export type RoutingCondition = z.infer<typeof routingConditionSchema>;
export type RoutingConditionKind = RoutingCondition['kind'];

/** Routes a conversation to `teamId` when all its conditions hold. */
export const routingRuleSchema = z.object({
  id: z.uuid(),
  name: z
    .string()
    .trim()
    .min(1, 'name the rule')
    .max(routingLimits.ruleNameLength, `a rule name is at most ${routingLimits.ruleNameLength} characters`),
  enabled: z.boolean(),
  conditions: z
    .array(routingConditionSchema)
    .min(1, 'give at least one condition')
    .max(routingLimits.conditionsPerRule, `a rule has at most ${routingLimits.conditionsPerRule} conditions`),
  teamId: z.uuid('must be a team id'),
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

/**
 * An organisation's routing: rules tried in order, the first that holds wins; a conversation no
 * rule routes goes to `defaultTeamId`, or stays unassigned when it is null.
 */
export const routingRulesSchema = z.object({
  rules: z
    .array(routingRuleSchema)
    .max(routingLimits.rules, `at most ${routingLimits.rules} rules`)
    .superRefine((rules, context) => {
      const seen = new Set<string>();
      rules.forEach((rule, index) => {
        if (seen.has(rule.id))
          context.addIssue({ code: 'custom', path: [index, 'id'], message: 'lists a rule twice' });
        seen.add(rule.id);
      });
    }),
  defaultTeamId: z.uuid('must be a team id').nullable(),
});
export type RoutingRules = z.infer<typeof routingRulesSchema>;
export type RoutingRulesInput = z.input<typeof routingRulesSchema>;
