import type { FastifyError, FastifyReply } from 'fastify';
import type { SpecIssue } from '../spec/meta-spec.js';
import { metaErrorTitles, type MetaErrorCode } from './meta-errors.js';
import { graphErrorBody, type GraphErrorFields } from './meta-payloads.js';

/** Graph API error answers, worded like Meta's. */
function send(reply: FastifyReply, status: number, body: ReturnType<typeof graphErrorBody>): FastifyReply {
  return reply.code(status).header('x-fb-trace-id', body.error.fbtrace_id).send(body);
}

export function graphError(reply: FastifyReply, status: number, error: GraphErrorFields): FastifyReply {
  return send(reply, status, graphErrorBody(error));
}

/** A WhatsApp error answered synchronously (HTTP 400), e.g. `(#130429) Rate limit hit`. */
export function messagingError(reply: FastifyReply, code: MetaErrorCode, details: string): FastifyReply {
  const message = `(#${code}) ${metaErrorTitles[code]}`;
  return send(reply, 400, graphErrorBody({ message, type: 'OAuthException', code, details }));
}

/** Meta's answer to a request it understood but refuses: `(#100) …` with a user-facing title and text. */
export function refused(
  reply: FastifyReply,
  error: { message: string; subcode?: number; userTitle?: string; userMessage?: string; details?: string },
): FastifyReply {
  return send(
    reply,
    400,
    graphErrorBody({
      message: error.message,
      type: 'OAuthException',
      code: 100,
      ...(error.subcode === undefined ? {} : { error_subcode: error.subcode }),
      is_transient: false,
      ...(error.userTitle === undefined ? {} : { error_user_title: error.userTitle }),
      ...(error.userMessage === undefined ? {} : { error_user_msg: error.userMessage }),
      ...(error.details === undefined ? {} : { details: error.details }),
    }),
  );
}

export function missingToken(reply: FastifyReply): FastifyReply {
  reply.header(
    'www-authenticate',
    'OAuth "Facebook Platform" "invalid_request" "An access token is required to request this resource."',
  );
  return send(
    reply,
    401,
    graphErrorBody({
      message: 'An access token is required to request this resource.',
      type: 'OAuthException',
      code: 190,
    }),
  );
}

export function invalidToken(reply: FastifyReply): FastifyReply {
  reply.header(
    'www-authenticate',
    'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token - Cannot parse access token"',
  );
  return send(
    reply,
    401,
    graphErrorBody({
      message: 'Invalid OAuth access token - Cannot parse access token',
      type: 'OAuthException',
      code: 190,
    }),
  );
}

export function unknownObject(reply: FastifyReply, id: string): FastifyReply {
  const method = reply.request.method.toLowerCase();
  const message =
    `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, ` +
    'or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api';
  return send(
    reply,
    400,
    graphErrorBody({ message, type: 'GraphMethodException', code: 100, error_subcode: 33 }),
  );
}

export function invalidParameter(reply: FastifyReply, issues: SpecIssue[]): FastifyReply {
  const details = issues.map((issue) => `Param ${issue.path || '(body)'} ${issue.message}`).join('; ');
  return send(
    reply,
    400,
    graphErrorBody({ message: '(#100) Invalid parameter', type: 'OAuthException', code: 100, details }),
  );
}

export function unknownPath(reply: FastifyReply, path: string): FastifyReply {
  return send(
    reply,
    400,
    graphErrorBody({ message: `Unknown path components: ${path}`, type: 'OAuthException', code: 2500 }),
  );
}

export function unknownError(reply: FastifyReply): FastifyReply {
  return send(
    reply,
    500,
    graphErrorBody({ message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 }),
  );
}

/** Errors thrown before a graph handler ran (unreadable JSON, wrong content type, too large): Meta's envelope. */
export function graphReplyForError(reply: FastifyReply, error: FastifyError): FastifyReply {
  if (error.statusCode !== undefined && error.statusCode < 500)
    return invalidParameter(reply, [{ path: '', message: error.message }]);
  return unknownError(reply);
}
