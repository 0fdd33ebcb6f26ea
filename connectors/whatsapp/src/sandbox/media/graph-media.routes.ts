import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { markOperation } from '../contract/spec-operation.js';
import { bearerToken, graphGuard, visible } from '../graph-auth.js';
import { graphError, messagingError, refused } from '../graph-replies.js';
import { covers } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import { kindOfMimeType, maxMediaBytes, mediaKinds, supportedMimeTypes } from './media-kinds.js';
import type { MediaRecord } from './media-store.js';
import { checkMediaUrl, signedMediaPath } from './media-url.js';

export const mediaUploadPath = '/{Version}/{Phone-Number-ID}/media';
export const mediaPath = '/{Version}/{Media-ID}';

/** `POST /{phone-number-id}/media` (multipart upload) and the download URLs `GET /{media-id}` hands out. */
export function registerGraphMediaRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { directory, media, clock, config } = context;
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: maxMediaBytes },
    (_request, body, done) => done(null, body),
  );

  app.post('/:version/:phoneNumberId/media', { bodyLimit: maxMediaBytes }, async (request, reply) => {
    markOperation(request, mediaUploadPath);
    const grant = graphGuard(request, reply, directory);
    const { phoneNumberId } = request.params as { phoneNumberId: string };
    const number = grant && visible(reply, grant, phoneNumberId, directory.numbers.get(phoneNumberId));
    if (!number) return reply;
    const form = await readForm(request);
    if (!form || form.get('messaging_product') !== 'whatsapp')
      return refused(reply, { message: '(#100) The parameter messaging_product is required.' });
    const file = form.get('file');
    if (!(file instanceof Blob)) return refused(reply, { message: '(#100) The parameter file is required.' });
    const typeField = form.get('type');
    const mimeType = (typeof typeField === 'string' && typeField) || file.type;
    const kind = kindOfMimeType(mimeType);
    if (!kind)
      return refused(reply, {
        message: `(#100) Param file must be a file with one of the following types: ${supportedMimeTypes.join(', ')}. Received file of type '${mimeType}'.`,
      });
    const { maxBytes } = mediaKinds[kind];
    if (file.size > maxBytes)
      return messagingError(
        reply,
        131053,
        `${kind} files can have at most ${maxBytes} bytes; this one has ${file.size}`,
      );
    const filename = 'name' in file && typeof file.name === 'string' ? file.name : undefined;
    const record = media.add({
      phoneNumberId: number.id,
      mimeType,
      data: Buffer.from(await file.arrayBuffer()),
      ...(filename ? { filename } : {}),
    });
    return { id: record.id };
  });

  app.get('/sandbox/media/:mediaId/download', async (request, reply) => {
    const { mediaId } = request.params as { mediaId: string };
    const token = bearerToken(request.headers.authorization);
    const grant = token === undefined ? undefined : directory.grantFor(token);
    if (!grant)
      return reply.code(401).send({ error: 'A valid bearer access token is required to download media' });
    const record = media.get(mediaId);
    const owner = record && directory.numbers.get(record.phoneNumberId);
    const check = checkMediaUrl(
      config.appSecret,
      mediaId,
      request.query as { ext?: string; hash?: string },
      clock.nowMs(),
    );
    if (!record || !owner || !covers(grant, owner.businessId) || check === 'invalid')
      return reply.code(404).send({ error: 'No such media URL' });
    if (check === 'expired')
      return reply.code(404).send({ error: 'The media URL expired; get a new one with GET /{media-id}' });
    return reply
      .header('content-type', record.mimeType)
      .header('content-length', record.data.length)
      .send(record.data);
  });
}

async function readForm(request: FastifyRequest): Promise<FormData | undefined> {
  const contentType = request.headers['content-type'] ?? '';
  if (!Buffer.isBuffer(request.body) || !contentType.startsWith('multipart/form-data')) return undefined;
  try {
    return await new Response(request.body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return undefined;
  }
}

/** `GET /{media-id}`: a download URL valid for the configured time (5 minutes by default). */
export function mediaObject(
  request: FastifyRequest,
  reply: FastifyReply,
  context: SandboxContext,
  record: MediaRecord,
) {
  markOperation(request, mediaPath);
  const { phone_number_id: phoneNumberId } = request.query as { phone_number_id?: string };
  if (phoneNumberId !== undefined && phoneNumberId !== record.phoneNumberId)
    return graphError(reply, 400, {
      message: `(#100) Media ${record.id} does not belong to phone number ${phoneNumberId}`,
      type: 'OAuthException',
      code: 100,
    });
  const path = signedMediaPath(
    context.config.appSecret,
    record.id,
    context.clock.nowMs() + context.config.mediaUrlTtlMs,
  );
  return {
    messaging_product: 'whatsapp',
    url: `${request.protocol}://${request.host}${path}`,
    mime_type: record.mimeType,
    sha256: record.sha256Hex,
    file_size: String(record.data.length),
    id: record.id,
  };
}

export function deleteMedia(request: FastifyRequest, context: SandboxContext, record: MediaRecord) {
  markOperation(request, mediaPath);
  context.media.delete(record.id);
  return { success: true };
}
