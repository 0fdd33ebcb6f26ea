import { z } from 'zod';
import { baseNode, flowIdSchema, variableNameSchema } from '../common.schema.js';

export const comparisonOperators = [
  'equals',
  'not_equals',
  'contains',
  'starts_with',
  'matches_regex',
  'greater_than',
  'less_than',
  'is_set',
  'is_not_set',
] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

export const contactFields = ['name', 'phone', 'language'] as const;

export const conditionRuleSchema = z.discriminatedUnion('kind', [
  /** The customer's last reply, a variable or a contact field compared with a value. */
  z.object({
    kind: z.literal('compare'),
    subject: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('reply') }),
      z.object({ kind: z.literal('variable'), name: variableNameSchema }),
      z.object({ kind: z.literal('contact'), field: z.enum(contactFields) }),
    ]),
    operator: z.enum(comparisonOperators),
    value: z.string().max(500).default(''),
  }),
  z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1).max(50), present: z.boolean() }),
  /** The channel account's business hours (its automatic-replies setting). */
  z.object({ kind: z.literal('business_hours'), open: z.boolean() }),
]);
export type ConditionRule = z.infer<typeof conditionRuleSchema>;

/** Branches tried in order, each its own output; `else` when none holds. */
export const conditionNodeSchema = z.object({
  ...baseNode,
  type: z.literal('condition'),
  branches: z
    .array(
      z.object({
        id: flowIdSchema,
        label: z.string().trim().max(40).optional(),
        match: z.enum(['all', 'any']),
        rules: z.array(conditionRuleSchema).min(1).max(20),
      }),
    )
    .min(1)
    .max(10),
});
export type ConditionNode = z.infer<typeof conditionNodeSchema>;
