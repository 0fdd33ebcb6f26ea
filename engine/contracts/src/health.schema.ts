import { z } from 'zod';

/** `GET /health`: 200 while webhooks can be taken (Temporal down is "degraded"), 503 without a database. */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'down']),
  database: z.object({ ok: z.boolean() }),
  temporal: z.object({ ok: z.boolean() }),
  /** Since the engine started: events for accounts nobody connected, and unreadable parts kept. */
  webhooks: z.object({ unroutedEvents: z.number().int(), deadLetters: z.number().int() }),
});
export type Health = z.infer<typeof healthSchema>;
