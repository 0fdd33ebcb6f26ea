import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/** Webhook bodies can be up to 3 MB (Meta); leave headroom. */
export const bodyLimit = 4 * 1024 * 1024;

export function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * JSON bodies: webhook routes keep the raw bytes (their signature covers them and they are parsed
 * after it is checked); every other route gets parsed JSON, malformed JSON answering 400.
 */
export function registerBodyParsers(fastify: FastifyInstance) {
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit },
    (request, body, done) => {
      const buffer = body as Buffer;
      if (request.url.startsWith('/webhooks/')) return done(null, buffer);
      if (buffer.length === 0) return done(null, undefined);
      try {
        done(null, JSON.parse(buffer.toString('utf8')));
      } catch {
        done(Object.assign(new Error('the request body is not valid JSON'), { statusCode: 400 }), undefined);
      }
    },
  );
}

/** One structured log line per request, with its id, echoed in `x-request-id`. */
export function registerRequestLogging(fastify: FastifyInstance, logger: Logger) {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const line = {
      reqId: request.id,
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (reply.statusCode >= 500) logger.error(line, 'request failed');
    else logger.info(line, 'request');
  });
}

/** Serves the built web app at `/` (it routes by URL hash, so no fallback route is needed). */
export async function registerWebApp(fastify: FastifyInstance, dir: string, logger: Logger) {
  if (!existsSync(join(dir, 'index.html'))) {
    logger.warn({ dir }, 'web app not built; run `npm run build` to serve it');
    return;
  }
  await fastify.register(fastifyStatic, { root: dir, wildcard: false, index: ['index.html'] });
}
