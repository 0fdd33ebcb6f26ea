import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

export interface Issue {
  path: string;
  message: string;
}

/** The sandbox's own API answers bad input with 400, `error` summarising and `issues` naming each field. */
export function badRequest(reply: FastifyReply, error: z.ZodError | Issue[]): FastifyReply {
  const issues = Array.isArray(error)
    ? error
    : error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const summary = issues.map((issue) => `${issue.path || '(body)'}: ${issue.message}`).join('; ');
  return reply.code(400).send({ error: `Invalid request: ${summary}`, issues });
}

export function notFound(reply: FastifyReply, error: string): FastifyReply {
  return reply.code(404).send({ error });
}
