import { Lifecycle, type AttemptResult, type RetryPolicy } from '@parley/connector-sdk/stand-in';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { loadMetaSpec } from '../spec/meta-spec.js';
import { SandboxClock } from './clock.js';
import { installContractCheck, type ContractReporter } from './contract/contract-check.js';
import { registerControlRoutes } from './control.routes.js';
import { CustomerIdentities } from './customer/customer-identities.js';
import { registerCustomerRoutes } from './customer/customer.routes.js';
import { registerIdentityRoutes } from './customer/identity.routes.js';
import { registerGraphObjectRoutes } from './graph-objects.routes.js';
import { graphReplyForError, unknownPath } from './graph-replies.js';
import { registerGraphMediaRoutes } from './media/graph-media.routes.js';
import { MediaStore } from './media/media-store.js';
import { registerGraphMessagesRoutes } from './messages/graph-messages.routes.js';
import { messagesPath } from './messages/message-request.js';
import { TypingIndicators } from './messages/typing-indicators.js';
import { Directory } from './onboarding/directory.js';
import { registerGraphOAuthRoutes } from './onboarding/graph-oauth.routes.js';
import { registerGraphOnboardingRoutes } from './onboarding/graph-onboarding.routes.js';
import { SignupCodes } from './onboarding/signup-codes.js';
import { SlidingWindowLimiter } from './rate-limiter.js';
import { resolveSandboxConfig, type SandboxConfig } from './sandbox.config.js';
import type { SandboxContext } from './sandbox-context.js';
import { SandboxStore } from './sandbox.store.js';
import { registerEmbeddedSignupRoutes } from './signup/embedded-signup.routes.js';
import { ServiceWindows } from './service-windows.js';
import { registerGraphTemplatesRoutes } from './templates/graph-templates.routes.js';
import { TemplateReviewer } from './templates/template-reviewer.js';
import { TemplateService } from './templates/template-service.js';
import { TemplateStore } from './templates/template-store.js';
import { registerGraphUploadRoutes } from './uploads/graph-uploads.routes.js';
import { UploadStore } from './uploads/upload-store.js';
import { WabaWebhooks } from './waba-webhooks.js';
import { WebhookSender } from './webhook-sender.js';

export interface SandboxOptions {
  /** Webhook retry policy; 10 tries over about a minute by default. */
  retry?: RetryPolicy;
  /** The fetch used to post webhooks. */
  fetch?: typeof fetch;
  logger?: boolean;
  /** Told about webhooks that could not be delivered after all retries. */
  onWebhookGiveUp?: (result: AttemptResult & { attempts: number }) => void;
  /**
   * When set, every Graph API response is checked against Meta's spec and every webhook against
   * the webhook contract, and violations are reported here (tests; it costs a second at boot).
   */
  onContractViolation?: ContractReporter;
}

export interface Sandbox {
  app: FastifyInstance;
  store: SandboxStore;
  /** Everything the routes share (tests reach into it). */
  context: SandboxContext;
  /** Resolves once no webhook, status or template review is pending (tests, benchmarks). */
  idle(): Promise<void>;
}

/** Builds (without listening) a sandbox of Meta's Graph API plus the customer and control APIs. */
export function buildSandbox(input: SandboxConfig, options: SandboxOptions = {}): Sandbox {
  const config = resolveSandboxConfig(input);
  loadMetaSpec().requestBody(messagesPath, 'post'); // parse the spec and compile at boot, not on the first send
  // upload session ids (`upload:…`, a path segment) are as long as Meta's: well over Fastify's 100
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 3 * 1024 * 1024, maxParamLength: 1_000 });
  const checkWebhook = options.onContractViolation
    ? installContractCheck(app, options.onContractViolation)
    : undefined;
  const lifecycle = new Lifecycle();
  const clock = new SandboxClock();
  const directory = new Directory(config.seed, config.accessToken);
  const sender = new WebhookSender({
    url: config.webhookUrl,
    appSecret: config.appSecret,
    lifecycle,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.onWebhookGiveUp ? { onGiveUp: options.onWebhookGiveUp } : {}),
    ...(checkWebhook ? { inspect: checkWebhook } : {}),
  });
  const webhooks = new WabaWebhooks(directory, sender);
  const reviewer = new TemplateReviewer({
    clock,
    lifecycle,
    webhooks,
    reviewMs: config.templateReviewMs,
    reviewWebhooks: config.templateReviewWebhooks,
  });
  const uploads = new UploadStore();
  const templates = new TemplateService(new TemplateStore(), reviewer, clock, (handle) =>
    uploads.file(handle),
  );
  for (const wabaId of directory.wabas.keys()) templates.seedHelloWorld(wabaId);
  const context: SandboxContext = {
    config,
    clock,
    lifecycle,
    directory,
    signupCodes: new SignupCodes(),
    store: new SandboxStore(),
    identities: new CustomerIdentities(),
    windows: new ServiceWindows(),
    typing: new TypingIndicators(),
    templates,
    media: new MediaStore(),
    uploads,
    webhooks,
    limits: {
      throughput: new SlidingWindowLimiter(config.throughputPerSecond, 1_000),
      pairRate: new SlidingWindowLimiter(config.pairRate.burst, config.pairRate.windowMs),
    },
  };

  registerControlRoutes(app, context);
  registerCustomerRoutes(app, context);
  registerIdentityRoutes(app, context);
  registerEmbeddedSignupRoutes(app, context);
  registerGraphMessagesRoutes(app, context);
  registerGraphTemplatesRoutes(app, context);
  registerGraphMediaRoutes(app, context);
  registerGraphUploadRoutes(app, context);
  registerGraphOAuthRoutes(app, context);
  registerGraphOnboardingRoutes(app, context);
  registerGraphObjectRoutes(app, context);
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
  return { app, store: context.store, context, idle: () => lifecycle.idle() };
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
