import { timingSafeStringEqual } from '@parley/connector-sdk';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import {
  invalidParameter,
  invalidToken,
  missingToken,
  unknownError,
  unknownObject,
  unknownPath,
} from './graph-replies.js';
import { checkMessageRequest, summarizeMessageRequest, waIdOf } from './message-request.js';
import { newWamid } from './meta-payloads.js';
import type { SandboxContext } from './sandbox-context.js';
import type { StoredMessage } from './sandbox.store.js';
import { emitStatuses } from './status-emitter.js';

const versionPattern = /^v\d+\.\d+$/;

/** The Graph API as Parley uses it: `POST /{version}/{phone-number-id}/messages`. */
export function registerGraphRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { config, store } = context;

  app.post('/:version/:phoneNumberId/messages', async (request, reply) => {
    const { version, phoneNumberId } = request.params as { version: string; phoneNumberId: string };
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) return missingToken(reply);
    if (!timingSafeStringEqual(token, config.accessToken)) return invalidToken(reply);
    if (!versionPattern.test(version)) return unknownPath(reply, version);
    if (phoneNumberId !== config.phoneNumberId) return unknownObject(reply, phoneNumberId);

    const issues = checkMessageRequest(request.body);
    if (issues.length > 0) return invalidParameter(reply, issues);

    const keyHeader = request.headers['idempotency-key'];
    const idempotencyKey = typeof keyHeader === 'string' && keyHeader.length > 0 ? keyHeader : null;
    const earlier = idempotencyKey === null ? undefined : store.findByIdempotencyKey(idempotencyKey);
    if (earlier) return accepted(reply, earlier);

    const summary = summarizeMessageRequest(request.body);
    const message = store.recordOutbound({
      id: newWamid(),
      waId: waIdOf(summary.to),
      to: summary.to,
      type: summary.type,
      text: summary.text,
      at: new Date(),
      idempotencyKey,
    });
    emitStatuses({ ...context, delaysMs: config.statusDelaysMs }, message);
    return accepted(reply, message);
  });
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

function accepted(reply: FastifyReply, message: StoredMessage): FastifyReply {
  return reply.code(200).send({
    messaging_product: 'whatsapp',
    contacts: [{ input: message.to ?? message.waId, wa_id: message.waId }],
    messages: [{ id: message.id }],
  });
}

/** Errors thrown before a graph handler ran (unreadable JSON, wrong content type, too large): Meta's envelope. */
export function graphReplyForError(reply: FastifyReply, error: FastifyError): FastifyReply {
  if (error.statusCode !== undefined && error.statusCode < 500)
    return invalidParameter(reply, [{ path: '', message: error.message }]);
  return unknownError(reply);
}
