import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { offSpecOperations } from '../contract/off-spec-operations.js';
import { markOperation } from '../contract/spec-operation.js';
import { graphGuard, oauthToken, versionOk } from '../graph-auth.js';
import { invalidParameter, invalidToken, missingToken, unknownObject } from '../graph-replies.js';
import type { SandboxContext } from '../sandbox-context.js';
import { maxUploadBytes, uploadFileTypes } from './header-samples.js';

const sessionQuerySchema = z.object({
  file_name: z.string({ error: 'is required' }).min(1, 'is required'),
  file_length: z
    .string({ error: 'is required' })
    .regex(/^\d+$/, 'must be the file size in bytes')
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, 'must be at least 1')
        .max(maxUploadBytes, `must be at most ${maxUploadBytes} (the largest template header sample)`),
    ),
  file_type: z.enum(uploadFileTypes as [string, ...string[]], {
    error: `must be one of ${uploadFileTypes.join(', ')}`,
  }),
});

/**
 * Meta's Resumable Upload API, for template header samples: `POST /{app-id}/uploads` opens a
 * session for the sandbox's app (`WHATSAPP_APP_ID`); the file step, `POST /upload:…`, is dispatched
 * here by `graph-objects.routes.ts` (see `uploadFile`). Not in Meta's spec: checked as off-spec.
 */
export function registerGraphUploadRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { directory, config, uploads } = context;
  app.addContentTypeParser(
    ['application/octet-stream', ...uploadFileTypes],
    { parseAs: 'buffer', bodyLimit: maxUploadBytes },
    (_request, body, done) => done(null, body),
  );

  app.post('/:version/:appId/uploads', async (request, reply) => {
    markOperation(request, offSpecOperations.uploadSession);
    const grant = graphGuard(request, reply, directory);
    if (!grant) return reply;
    const { appId } = request.params as { appId: string };
    if (appId !== config.appId) return unknownObject(reply, appId);
    const query = sessionQuerySchema.safeParse(request.query);
    if (!query.success)
      return invalidParameter(
        reply,
        query.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    const session = uploads.open({
      fileName: query.data.file_name,
      fileLength: query.data.file_length,
      fileType: query.data.file_type,
    });
    return { id: `${session.id}?sig=${session.sig}` };
  });
}

/**
 * `POST /{version}/upload:…?sig=…` with `Authorization: OAuth <token>`, `file_offset: 0` and the
 * whole file as the body (`application/octet-stream` or the file's type) → `{h}`, the handle.
 */
export function uploadFile(
  request: FastifyRequest,
  reply: FastifyReply,
  context: SandboxContext,
  sessionId: string,
) {
  markOperation(request, offSpecOperations.uploadFile);
  if (!versionOk(request, reply)) return reply;
  const token = oauthToken(request.headers.authorization);
  if (token === undefined) return missingToken(reply);
  if (!context.directory.grantFor(token)) return invalidToken(reply);
  const { sig } = request.query as { sig?: string };
  const session = context.uploads.session(sessionId, sig);
  if (!session) return unknownObject(reply, sessionId);
  const offset = request.headers.file_offset;
  if (offset !== '0')
    return invalidParameter(reply, [
      {
        path: 'file_offset',
        message: offset === undefined ? 'is required' : 'must be 0: no bytes of this file have arrived yet',
      },
    ]);
  if (!Buffer.isBuffer(request.body))
    return invalidParameter(reply, [{ path: '', message: "must be the file's bytes" }]);
  if (request.body.length !== session.fileLength)
    return invalidParameter(reply, [
      {
        path: 'file_length',
        message: `is ${session.fileLength} but the body has ${request.body.length} bytes`,
      },
    ]);
  return { h: context.uploads.complete(session, request.body).handle };
}
