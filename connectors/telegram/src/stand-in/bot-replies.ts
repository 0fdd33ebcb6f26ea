import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** A Bot API error answer: `{ ok: false, error_code, description }`, worded like Telegram's. */
export class BotApiFailure extends Error {
  override readonly name = 'BotApiFailure';
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}

export const badRequest = (what: string) => new BotApiFailure(400, `Bad Request: ${what}`);
export const forbidden = (what: string) => new BotApiFailure(403, `Forbidden: ${what}`);
export const unauthorized = () => new BotApiFailure(401, 'Unauthorized');
export const notFound = () => new BotApiFailure(404, 'Not Found');

export function sendFailure(reply: FastifyReply, failure: BotApiFailure): FastifyReply {
  return reply
    .code(failure.code)
    .send({ ok: false, error_code: failure.code, description: failure.description });
}

/** Parses a method's parameters; a missing one is "<name> is empty", a malformed one "can't parse <name>". */
export function parseParams<T>(schema: z.ZodType<T>, params: Record<string, unknown>): T {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const top = String(issue?.path[0] ?? '');
  if (params[top] === undefined)
    throw badRequest(top === 'text' ? 'message text is empty' : `${top} is empty`);
  throw badRequest(`can't parse ${issue?.path.map(String).join('.')}: ${issue?.message ?? 'invalid'}`);
}
