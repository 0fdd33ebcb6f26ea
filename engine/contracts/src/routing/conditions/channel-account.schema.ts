import { z } from 'zod';

/** The conversation came in on one of these channel accounts. */
export const channelAccountConditionSchema = z.object({
  kind: z.literal('channel_account'),
  channelAccountIds: z
    .array(z.uuid('must be a channel account id'))
    .min(1, 'choose at least one channel account')
    .max(100, 'at most 100 channel accounts'),
});
export type ChannelAccountCondition = z.infer<typeof channelAccountConditionSchema>;
