import { timingSafeStringEqual } from '@parley/connector-sdk';
import type { FastifyInstance } from 'fastify';
import { botMethods } from './bot-methods.js';
import { BotApiFailure, notFound, sendFailure, unauthorized } from './bot-replies.js';
import { sendMethods } from './send-methods.js';
import type { BotMethod, StandInContext } from './stand-in-context.js';

/** Method names are case-insensitive in the Bot API. */
const methods = new Map<string, BotMethod>(
  Object.entries({ ...sendMethods, ...botMethods }).map(([name, method]) => [name.toLowerCase(), method]),
);

/**
 * The Bot API as Parley uses it: `GET|POST /bot{token}/{method}` with parameters as JSON, a form
 * or the query string, answering `{ ok, result }` or `{ ok: false, error_code, description }`; and
 * the file server, `GET /file/bot{token}/{file_path}`.
 */
export function registerBotApiRoutes(app: FastifyInstance, context: StandInContext): void {
  const tokenMatches = (token: string) => timingSafeStringEqual(token, context.config.botToken);

  app.route({
    method: ['GET', 'POST'],
    url: '/bot:token/:method',
    handler: async (request, reply) => {
      const { token, method } = request.params as { token: string; method: string };
      if (!tokenMatches(token)) return sendFailure(reply, unauthorized());
      const handler = methods.get(method.toLowerCase());
      if (!handler) return sendFailure(reply, notFound());
      const body = typeof request.body === 'object' && request.body !== null ? request.body : {};
      const params = { ...(request.query as Record<string, unknown>), ...(body as Record<string, unknown>) };
      try {
        return reply.send({ ok: true, result: handler(params, context) });
      } catch (error) {
        if (error instanceof BotApiFailure) return sendFailure(reply, error);
        throw error;
      }
    },
  });

  app.get('/file/bot:token/*', async (request, reply) => {
    const { token, '*': filePath } = request.params as { token: string; '*': string };
    if (!tokenMatches(token)) return sendFailure(reply, unauthorized());
    const content = context.store.files.byPath(filePath)?.content;
    if (!content) return sendFailure(reply, notFound());
    return reply.type('application/octet-stream').send(content);
  });
}
