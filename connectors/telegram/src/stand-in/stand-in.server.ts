import { Lifecycle, type RetryPolicy } from '@parley/connector-sdk/stand-in';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { botIdOf } from '../config.schema.js';
import { registerBotApiRoutes } from './bot-api.routes.js';
import { badRequest, BotApiFailure, notFound, sendFailure } from './bot-replies.js';
import { CustomerActionError } from './customer-actions.js';
import { customerErrorReply, registerCustomerRoutes } from './customer.routes.js';
import type { StandInConfig } from './stand-in.config.js';
import type { StandInContext } from './stand-in-context.js';
import { StandInStore } from './stand-in.store.js';
import { UpdateQueue } from './update-queue.js';

export interface StandInOptions {
  logger?: boolean;
  /** How webhook deliveries are retried; tests pass short delays. */
  retry?: RetryPolicy;
  fetch?: typeof fetch;
  /** Told about updates dropped after the last delivery attempt. */
  onWebhookGiveUp?: (outcome: { updateId: number; status: number; attempts: number }) => void;
}

export interface TelegramStandIn {
  app: FastifyInstance;
  store: StandInStore;
  /** Resolves once no update is being delivered (tests). */
  idle(): Promise<void>;
}

/** Builds (without listening) a stand-in of the Telegram Bot API plus its test-control API. */
export function buildTelegramStandIn(config: StandInConfig, options: StandInOptions = {}): TelegramStandIn {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 60 * 1024 * 1024 });
  const lifecycle = new Lifecycle();
  const store = new StandInStore();
  const queue = new UpdateQueue({
    lifecycle,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.onWebhookGiveUp ? { onGiveUp: options.onWebhookGiveUp } : {}),
  });
  if (config.webhookUrl) queue.setWebhook({ url: config.webhookUrl, secret: config.webhookSecret });
  const bot = {
    id: Number(botIdOf(config.botToken)),
    is_bot: true,
    first_name: 'Parley Stand-in',
    username: 'parley_stand_in_bot',
  };
  const context: StandInContext = { config, store, queue, bot };

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
  registerBotApiRoutes(app, context);
  registerCustomerRoutes(app, context);
  app.setErrorHandler((error: FastifyError | CustomerActionError | BotApiFailure, request, reply) => {
    if (error instanceof CustomerActionError) return customerErrorReply(reply, error);
    if (error instanceof BotApiFailure) return sendFailure(reply, error);
    const status = error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 500;
    if (request.url.startsWith('/stand-in/')) return reply.code(status).send({ error: error.message });
    if (status < 500) return sendFailure(reply, badRequest(`can't parse request: ${error.message}`));
    return sendFailure(reply, new BotApiFailure(500, 'Internal Server Error'));
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/stand-in/'))
      return reply.code(404).send({ error: `No route ${request.method} ${request.url}` });
    return sendFailure(reply, notFound());
  });
  app.addHook('onClose', async () => {
    await lifecycle.close();
    await queue.idle();
    queue.close();
  });
  return { app, store, idle: () => queue.idle() };
}

export interface RunningTelegramStandIn extends TelegramStandIn {
  url: string;
  close(): Promise<void>;
}

/** Builds the stand-in and listens on the configured host and port (0 = a free port). */
export async function startTelegramStandIn(
  config: StandInConfig,
  options: StandInOptions = {},
): Promise<RunningTelegramStandIn> {
  const standIn = buildTelegramStandIn(config, options);
  await standIn.app.listen({ port: config.port, host: config.host });
  const address = standIn.app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { ...standIn, url, close: () => standIn.app.close() };
}
