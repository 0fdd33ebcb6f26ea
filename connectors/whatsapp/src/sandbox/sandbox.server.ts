import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { loadMetaSpec } from '../spec/meta-spec.js';
import { registerCustomerRoutes } from './customer.routes.js';
import { graphReplyForError, registerGraphRoutes } from './graph.routes.js';
import { unknownPath } from './graph-replies.js';
import { Lifecycle } from './lifecycle.js';
import type { SandboxConfig } from './sandbox.config.js';
import type { SandboxContext } from './sandbox-context.js';
import { SandboxStore } from './sandbox.store.js';
import { WebhookSender, type AttemptResult, type RetryPolicy } from './webhook-sender.js';

export interface SandboxOptions {
  /** Webhook retry policy; 10 tries over about a minute by default. */
  retry?: RetryPolicy;
  /** The fetch used to post webhooks. */
  fetch?: typeof fetch;
  logger?: boolean;
  /** Told about webhooks that could not be delivered after all retries. */
  onWebhookGiveUp?: (result: AttemptResult & { attempts: number }) => void;
}

export interface Sandbox {
  app: FastifyInstance;
  store: SandboxStore;
  /** Resolves once no webhook or status is pending (tests, benchmarks). */
  idle(): Promise<void>;
}

/** Builds (without listening) a sandbox of Meta's Graph API plus the customer API. */
export function buildSandbox(config: SandboxConfig, options: SandboxOptions = {}): Sandbox {
  loadMetaSpec(); // parse the spec at boot, not on the first request
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 3 * 1024 * 1024 });
  const lifecycle = new Lifecycle();
  const store = new SandboxStore();
  const sender = new WebhookSender({
    url: config.webhookUrl,
    appSecret: config.appSecret,
    lifecycle,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.onWebhookGiveUp ? { onGiveUp: options.onWebhookGiveUp } : {}),
  });
  const number = {
    businessAccountId: config.businessAccountId,
    phoneNumberId: config.phoneNumberId,
    displayPhoneNumber: config.displayPhoneNumber,
  };
  const context: SandboxContext = { config, number, store, sender, lifecycle };

  registerCustomerRoutes(app, context);
  registerGraphRoutes(app, context);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (request.url.startsWith('/sandbox/')) {
      const status = error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 500;
      return reply.code(status).send({ error: error.message });
    }
    return graphReplyForError(reply, error);
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/sandbox/'))
      return reply.code(404).send({ error: `No route ${request.method} ${request.url}` });
    return unknownPath(reply, request.url.split('?')[0] ?? '');
  });
  app.addHook('onClose', async () => lifecycle.close());
  return { app, store, idle: () => lifecycle.idle() };
}

export interface RunningSandbox extends Sandbox {
  url: string;
  close(): Promise<void>;
}

/** Builds the sandbox and listens on the configured host and port (0 = a free port). */
export async function startSandbox(
  config: SandboxConfig,
  options: SandboxOptions = {},
): Promise<RunningSandbox> {
  const sandbox = buildSandbox(config, options);
  await sandbox.app.listen({ port: config.port, host: config.host });
  const address = sandbox.app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { ...sandbox, url, close: () => sandbox.app.close() };
}
