import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidToken, missingToken, unknownObject, unknownPath } from './graph-replies.js';
import { covers, type Directory, type Grant } from './onboarding/directory.js';

const versionPattern = /^v\d+\.\d+$/;
const authSchemes = { Bearer: /^Bearer\s+(\S+)\s*$/i, OAuth: /^OAuth\s+(\S+)\s*$/i };

export function bearerToken(header: string | undefined): string | undefined {
  return header === undefined ? undefined : authSchemes.Bearer.exec(header)?.[1];
}

/** The token of `Authorization: OAuth <token>`, as the Resumable Upload API's file step takes it. */
export function oauthToken(header: string | undefined): string | undefined {
  return header === undefined ? undefined : authSchemes.OAuth.exec(header)?.[1];
}

/**
 * The checks every Graph request passes: a known bearer token, then a `vNN.N` version. Sends the
 * error answer itself and returns undefined when one fails.
 */
export function graphGuard(
  request: FastifyRequest,
  reply: FastifyReply,
  directory: Directory,
): Grant | undefined {
  const { version } = request.params as { version?: string };
  if (version === 'sandbox') {
    void reply.code(404).send({ error: `No route ${request.method} ${request.url}` });
    return undefined;
  }
  const token = bearerToken(request.headers.authorization);
  if (token === undefined) {
    void missingToken(reply);
    return undefined;
  }
  const grant = directory.grantFor(token);
  if (!grant) {
    void invalidToken(reply);
    return undefined;
  }
  return versionOk(request, reply) ? grant : undefined;
}

/** True for a `vNN.N` version; otherwise sends Meta's unknown-path error (or the sandbox's 404). */
export function versionOk(request: FastifyRequest, reply: FastifyReply): boolean {
  const { version } = request.params as { version?: string };
  if (version !== undefined && versionPattern.test(version)) return true;
  if (version === 'sandbox')
    void reply.code(404).send({ error: `No route ${request.method} ${request.url}` });
  else void unknownPath(reply, version ?? '');
  return false;
}

/** The object if the token may see it; otherwise Meta's "does not exist … missing permissions" error is sent. */
export function visible<T extends { businessId: string }>(
  reply: FastifyReply,
  grant: Grant,
  id: string,
  object: T | undefined,
): T | undefined {
  if (object && covers(grant, object.businessId)) return object;
  void unknownObject(reply, id);
  return undefined;
}
