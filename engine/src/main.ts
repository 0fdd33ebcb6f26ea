import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { AppModule } from './app.module.js';
import { ConfigError, parseConfig, redactedConfig } from './infrastructure/config/config.schema.js';
import { Database } from './infrastructure/database/database.js';
import { migrate } from './infrastructure/database/orm.config.js';
import { ErrorFilter } from './infrastructure/http/error.filter.js';
import { Authenticator } from './auth/authenticator.service.js';
import {
  bodyLimit,
  registerBodyParsers,
  registerRequestLogging,
  registerSecurity,
  registerWebApp,
  requestId,
} from './infrastructure/http/fastify-setup.js';
import { NestPinoLogger, createLogger } from './infrastructure/logging/logger.js';

/** Fastify's trustProxy: addresses as they are, a hop count as "the nearest n proxies". */
const trustProxy = (setting: number | string[]) =>
  typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;

async function main() {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  const logger = createLogger(config.LOG_LEVEL);
  logger.info({ config: redactedConfig(config) }, 'configuration');
  const database = await Database.open(config.DATABASE_URL, logger);
  // Only the API role migrates, so several workers starting at once never race on the schema.
  if (config.PARLEY_ROLES.includes('api')) await migrate(database.orm);

  const adapter = new FastifyAdapter({
    bodyLimit,
    genReqId: requestId,
    logger: false,
    ...(config.TRUST_PROXY === undefined ? {} : { trustProxy: trustProxy(config.TRUST_PROXY) }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger, database),
    adapter,
    {
      bodyParser: false,
      logger: new NestPinoLogger(logger),
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  registerBodyParsers(fastify);
  registerRequestLogging(fastify, logger);
  await registerSecurity(fastify, config.PUBLIC_URL);
  app.useGlobalFilters(new ErrorFilter(logger));
  if (config.NODE_ENV === 'production' && config.PARLEY_ROLES.includes('api'))
    protectDocs(fastify, app.get(Authenticator));

  const docs = new DocumentBuilder()
    .setTitle('Parley API')
    .setDescription('Inbox, webhooks and automation engine for WhatsApp Business')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  const webDir = config.WEB_DIST_DIR ?? fileURLToPath(new URL('../../designer/dist', import.meta.url));
  if (config.PARLEY_ROLES.includes('api')) await registerWebApp(fastify, webDir, logger);

  await app.listen({ port: config.PORT, host: config.HOST });
  const address = fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info(
    { event: 'listening', url: `http://${config.HOST}:${port}`, roles: config.PARLEY_ROLES },
    'engine listening',
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** In production the API docs are for signed-in people only (a session or an API token). */
function protectDocs(fastify: FastifyInstance, authenticator: Authenticator) {
  fastify.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (!path.startsWith('/api/docs')) return;
    if (!(await authenticator.authenticate(request)))
      return reply.code(401).send({ code: 'UNAUTHENTICATED', message: 'sign in to read the API docs' });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
