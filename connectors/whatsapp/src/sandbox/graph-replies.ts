import type { FastifyReply } from 'fastify';
import type { SpecIssue } from '../spec/meta-spec.js';
import { graphErrorBody } from './meta-payloads.js';

/** Graph API error answers, worded like Meta's. */
function send(reply: FastifyReply, status: number, body: ReturnType<typeof graphErrorBody>): FastifyReply {
  return reply.code(status).header('x-fb-trace-id', body.error.fbtrace_id).send(body);
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
  const message =
    `Unsupported post request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, ` +
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
