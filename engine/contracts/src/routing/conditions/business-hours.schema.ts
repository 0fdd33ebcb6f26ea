import { z } from 'zod';
import { businessHoursSchema } from '../../channels/automatic-replies.schema.js';

/** The business is open (or closed) by these hours when the conversation is routed. */
export const businessHoursConditionSchema = z.object({
  kind: z.literal('business_hours'),
  hours: businessHoursSchema,
  when: z.enum(['open', 'closed']),
});
export type BusinessHoursCondition = z.infer<typeof businessHoursConditionSchema>;
