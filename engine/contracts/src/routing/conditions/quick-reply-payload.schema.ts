import { z } from 'zod';

/** The conversation started with a tap on a button whose payload is one of these (compared exactly). */
export const quickReplyPayloadConditionSchema = z.object({
  kind: z.literal('quick_reply_payload'),
  payloads: z
    .array(z.string().min(1, 'write the payload').max(1000, 'a payload is at most 1000 characters'))
    .min(1, 'give at least one payload')
    .max(100, 'at most 100 payloads'),
});
export type QuickReplyPayloadCondition = z.infer<typeof quickReplyPayloadConditionSchema>;
