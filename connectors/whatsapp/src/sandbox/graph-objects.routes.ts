import type { FastifyInstance } from 'fastify';
import { markOperation } from './contract/spec-operation.js';
import { graphGuard, visible } from './graph-auth.js';
import { refused, unknownObject } from './graph-replies.js';
import { deleteMedia, mediaObject } from './media/graph-media.routes.js';
import { phoneNumberView } from './onboarding/phone-number-view.js';
import { wabaView } from './onboarding/waba-view.js';
import type { SandboxContext } from './sandbox-context.js';
import { templatePath } from './templates/graph-templates.routes.js';
import { templateView } from './templates/template.model.js';
import { uploadFile } from './uploads/graph-uploads.routes.js';
import { templateWithOwner } from './templates/template-owner.js';

/**
 * `/{version}/{object-id}`: one route per method for every kind of Graph object the sandbox holds
 * (templates, media, phone numbers, WABAs, upload sessions), dispatched on what the id names.
 */
export function registerGraphObjectRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { directory, templates, media } = context;
  const ownerOfMedia = (id: string) => {
    const record = media.get(id);
    const owner = record && directory.numbers.get(record.phoneNumberId);
    return record && owner ? { record, businessId: owner.businessId } : undefined;
  };

  app.get('/:version/:objectId', async (request, reply) => {
    const grant = graphGuard(request, reply, directory);
    if (!grant) return reply;
    const { objectId } = request.params as { objectId: string };
    if (templates.store.get(objectId)) {
      markOperation(request, templatePath);
      const found = visible(reply, grant, objectId, templateWithOwner(context, objectId));
      return found ? templateView(found.record) : reply;
    }
    if (media.get(objectId)) {
      const found = visible(reply, grant, objectId, ownerOfMedia(objectId));
      return found ? mediaObject(request, reply, context, found.record) : reply;
    }
    if (directory.numbers.has(objectId)) {
      markOperation(request, '/{Version}/{Phone-Number-ID}');
      const number = visible(reply, grant, objectId, directory.numbers.get(objectId));
      return number ? phoneNumberView(number) : reply;
    }
    if (directory.wabas.has(objectId)) {
      markOperation(request, '/{Version}/{WABA-ID}');
      const waba = visible(reply, grant, objectId, directory.wabas.get(objectId));
      return waba ? wabaView(waba, (request.query as { fields?: unknown }).fields) : reply;
    }
    return unknownObject(reply, objectId);
  });

  app.post('/:version/:objectId', async (request, reply) => {
    const { objectId } = request.params as { objectId: string };
    if (objectId.startsWith('upload:')) return uploadFile(request, reply, context, objectId);
    const grant = graphGuard(request, reply, directory);
    if (!grant) return reply;
    markOperation(request, templatePath);
    const found = visible(reply, grant, objectId, templateWithOwner(context, objectId));
    if (!found) return reply;
    const problem = templates.edit(found.record, request.body);
    return problem ? refused(reply, problem) : { success: true };
  });

  app.delete('/:version/:objectId', async (request, reply) => {
    const grant = graphGuard(request, reply, directory);
    if (!grant) return reply;
    const { objectId } = request.params as { objectId: string };
    const found = visible(reply, grant, objectId, ownerOfMedia(objectId));
    return found ? deleteMedia(request, context, found.record) : reply;
  });
}
