import { z } from 'zod';
import { isoDateTime, pageQuerySchema } from '../common.schema.js';
import { channelAccountSummarySchema, channelIdSchema } from '../channels/channel-account.schema.js';

/**
 * A part of a genuine webhook delivery Parley could not read. It was acknowledged (so the platform
 * does not retry it for days) and kept as it came, to replay once the parser knows it.
 */
export const deadLetterSchema = z.object({
  id: z.uuid(),
  channel: channelIdSchema,
  channelAccount: channelAccountSummarySchema.nullable(),
  receivedAt: isoDateTime,
  error: z.string(),
  status: z.enum(['pending', 'replayed']),
  replayedAt: isoDateTime.nullable(),
  replayAttempts: z.number().int(),
  /** What the last replay found, when it still could not read it. */
  lastReplayError: z.string().nullable(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;

export const deadLetterDetailSchema = deadLetterSchema.extend({
  /** The part as it was received (JSON, or the raw text when it was not JSON). */
  body: z.string(),
});
export type DeadLetterDetail = z.infer<typeof deadLetterDetailSchema>;

export const replayResultSchema = z.object({
  deadLetter: deadLetterSchema,
  /** Messages and statuses it yielded (0 when they had already arrived another way). */
  eventsStored: z.number().int(),
});
export type ReplayResult = z.infer<typeof replayResultSchema>;

export const listDeadLettersQuery = pageQuerySchema(50, 200).extend({
  status: z.enum(['pending', 'replayed']).optional(),
});
