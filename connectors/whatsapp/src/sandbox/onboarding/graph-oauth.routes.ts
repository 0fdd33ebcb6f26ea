import { timingSafeStringEqual } from '@parley/connector-sdk';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { offSpecOperations } from '../contract/off-spec-operations.js';
import { markOperation } from '../contract/spec-operation.js';
import { versionOk } from '../graph-auth.js';
import { graphError } from '../graph-replies.js';
import type { SandboxContext } from '../sandbox-context.js';

const tokenQuerySchema = z.object({ client_id: z.string(), client_secret: z.string(), code: z.string() });
const codeProblems = {
  unknown: { subcode: 36008, message: 'Invalid verification code format.' },
  used: { subcode: 36009, message: 'This authorization code has been used.' },
  expired: { subcode: 36007, message: 'This authorization code has expired.' },
};

/** `GET /{version}/oauth/access_token`: Embedded Signup's code → a token for the signed-up business's assets. */
export function registerGraphOAuthRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { directory, config, clock, signupCodes } = context;

  app.get('/:version/oauth/access_token', async (request, reply) => {
    markOperation(request, offSpecOperations.oauthAccessToken);
    if (!versionOk(request, reply)) return reply;
    const query = tokenQuerySchema.safeParse(request.query);
    if (!query.success)
      return graphError(reply, 400, {
        message: `Missing ${String(query.error.issues[0]?.path[0])} parameter.`,
        type: 'OAuthException',
        code: 101,
      });
    if (query.data.client_id !== config.appId)
      return graphError(reply, 400, {
        message: 'Error validating application. Invalid application ID.',
        type: 'OAuthException',
        code: 101,
      });
    if (!timingSafeStringEqual(query.data.client_secret, config.appSecret))
      return graphError(reply, 400, {
        message: 'Error validating client secret.',
        type: 'OAuthException',
        code: 1,
      });
    const redeemed = signupCodes.redeem(query.data.code, clock.nowMs());
    if (!redeemed.ok) {
      const problem = codeProblems[redeemed.reason];
      return graphError(reply, 400, {
        message: problem.message,
        type: 'OAuthException',
        code: 100,
        error_subcode: problem.subcode,
      });
    }
    return { access_token: directory.issueToken(redeemed.signup.businessId), token_type: 'bearer' };
  });
}
