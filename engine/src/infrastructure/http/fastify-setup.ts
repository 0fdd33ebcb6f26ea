import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
  registerFileUploadParser(fastify);
}

/** The largest file the library takes (a document header: WhatsApp's 100 MB). */
export const fileUploadLimit = 100 * 1024 * 1024;
const fileUploadPath = /^\/api\/files(\?|$)/;

/**
 * File uploads to the library: the raw bytes with their own type as `Content-Type`. Other routes
 * take JSON only: anything else is answered 415 before its body is read.
 */
function registerFileUploadParser(fastify: FastifyInstance) {
  fastify.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type'];
    if (type === undefined || /^application\/json\b/i.test(type)) return;
    if (request.method === 'POST' && fileUploadPath.test(request.url)) return;
    return reply
      .code(415)
      .send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: `${type} is not taken here; send JSON` });
  });
  fastify.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: fileUploadLimit },
    (_request, body, done) => done(null, body),
  );
}

const secretQueryKey = /token|secret|challenge|code|password|signature|state|key/i;

/**
 * The URL as it may be logged: query values that could be secrets (the webhook handshake's verify
 * token, invitation and reset tokens, OAuth codes) and per-account webhook keys are replaced.
 */
export function loggableUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const safePath = path.replace(/^(\/webhooks\/[^/]+)\/[^/]+/, '$1/[key]');
  if (query === undefined) return safePath;
  const params = new URLSearchParams(query);
  for (const key of new Set(params.keys())) if (secretQueryKey.test(key)) params.set(key, '[redacted]');
  return `${safePath}?${params.toString()}`;
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
      url: loggableUrl(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (reply.statusCode >= 500) logger.error(line, 'request failed');
    else logger.info(line, 'request');
  });
}

/**
 * Cookies (the session), and security headers on every answer — the web app, the API, media:
 * a strict same-origin CSP, no framing, nosniff, no referrer (links carry one-time tokens). The
 * opener policy lets the Embedded Signup popup talk back to the web app that opened it.
 */
export async function registerSecurity(fastify: FastifyInstance, publicUrl: string) {
  const https = publicUrl.startsWith('https:');
  await fastify.register(fastifyCookie);
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 15_552_000, includeSubDomains: true } : false,
  });
}

/** Paths the web app never owns: unknown ones there answer 404 JSON, not the app's page. */
const apiPrefixes = ['/api/', '/webhooks/', '/health'];
/** The page the Embedded Signup popup returns to: it must keep its opener across origins. */
const signupCallbackPath = '/connect/whatsapp/callback';

/**
 * Serves the built web app at `/`: its files, and its page for every other GET outside the API
 * (it routes by path). The page is never cached, so a new version is picked up at once.
 */
export async function registerWebApp(fastify: FastifyInstance, dir: string, logger: Logger) {
  if (!existsSync(join(dir, 'index.html'))) {
    logger.warn({ dir }, 'web app not built; run `npm run build` to serve it');
    return;
  }
  await fastify.register(fastifyStatic, { root: dir, wildcard: false, index: false });
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?', 1)[0] ?? '/';
    if (apiPrefixes.some((prefix) => path.startsWith(prefix)))
      return reply.code(404).send({ code: 'NOT_FOUND', message: `no route GET ${path}` });
    if (path === signupCallbackPath) void reply.header('cross-origin-opener-policy', 'unsafe-none');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  };
  fastify.get('/', page);
  fastify.get('/*', page);
}
