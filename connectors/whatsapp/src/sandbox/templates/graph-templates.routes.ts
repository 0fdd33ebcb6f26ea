import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { offSpecOperations } from '../contract/off-spec-operations.js';
import { markOperation } from '../contract/spec-operation.js';
import { graphGuard, visible } from '../graph-auth.js';
import { invalidParameter, refused } from '../graph-replies.js';
import type { SandboxContext } from '../sandbox-context.js';
import { parseCreateRequest } from './template-request.js';
import { templateView, type TemplateRecord } from './template.model.js';
import { templateWithOwner } from './template-owner.js';

export const templatesPath = '/{Version}/{WABA-ID}/message_templates';
export const templatePath = '/{Version}/{TEMPLATE_ID}';

const listQuerySchema = z.object({
  name: z.string().optional(),
  status: z.string().optional(),
  category: z.string().optional(),
  language: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(25),
  after: z.string().optional(),
  before: z.string().optional(),
});
const deleteQuerySchema = z.object({ name: z.string().min(1), hsm_id: z.string().optional() });

/**
 * `/{waba-id}/message_templates`: create, list (filters, cursor paging) and delete by name; and
 * `POST /{template-id}/unpause` (not in Meta's spec: checked as off-spec).
 */
export function registerGraphTemplatesRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { directory, templates } = context;
  const waba = (reply: FastifyReply, grant: Parameters<typeof visible>[1], id: string) =>
    visible(reply, grant, id, directory.wabas.get(id));

  app.post('/:version/:wabaId/message_templates', async (request, reply) => {
    markOperation(request, templatesPath);
    const grant = graphGuard(request, reply, directory);
    const account = grant && waba(reply, grant, (request.params as { wabaId: string }).wabaId);
    if (!account) return reply;
    const parsed = parseCreateRequest(request.body);
    const created = parsed.ok ? templates.create(account.id, parsed.draft) : parsed.problem;
    if (!('id' in created)) return refused(reply, created);
    return { id: created.id, status: created.status, category: created.category };
  });

  app.get('/:version/:wabaId/message_templates', async (request, reply) => {
    markOperation(request, templatesPath);
    const grant = graphGuard(request, reply, directory);
    const account = grant && waba(reply, grant, (request.params as { wabaId: string }).wabaId);
    if (!account) return reply;
    const query = listQuerySchema.safeParse(request.query);
    if (!query.success)
      return invalidParameter(
        reply,
        query.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    const { name, status, category, language } = query.data;
    const matching = templates.store
      .list(account.id)
      .filter(
        (record) =>
          (name === undefined || record.name.includes(name)) &&
          (status === undefined || status.toUpperCase().split(',').includes(record.status)) &&
          (category === undefined || category.toUpperCase().split(',').includes(record.category)) &&
          (language === undefined || record.language === language),
      );
    const base = `${request.protocol}://${request.host}${request.url.split('?')[0] ?? ''}`;
    return page(matching, query.data, (after) => `${base}?limit=${query.data.limit}&after=${after}`);
  });

  app.post('/:version/:templateId/unpause', async (request, reply) => {
    markOperation(request, offSpecOperations.unpauseTemplate);
    const grant = graphGuard(request, reply, directory);
    if (!grant) return reply;
    const { templateId } = request.params as { templateId: string };
    const found = visible(reply, grant, templateId, templateWithOwner(context, templateId));
    if (!found) return reply;
    const problem = templates.unpause(found.record);
    return problem ? refused(reply, problem) : { success: true };
  });

  app.delete('/:version/:wabaId/message_templates', async (request, reply) => {
    markOperation(request, templatesPath);
    const grant = graphGuard(request, reply, directory);
    const account = grant && waba(reply, grant, (request.params as { wabaId: string }).wabaId);
    if (!account) return reply;
    const query = deleteQuerySchema.safeParse(request.query);
    if (!query.success) return invalidParameter(reply, [{ path: 'name', message: 'is required' }]);
    const removed = templates.remove(account.id, query.data.name, query.data.hsm_id);
    if (removed === 0)
      return refused(reply, {
        message: 'Invalid parameter',
        userTitle: 'Message template not found',
        userMessage: `There is no template named ${query.data.name}.`,
      });
    return { success: true };
  });
}

function cursorOf(record: TemplateRecord): string {
  return Buffer.from(record.id).toString('base64url');
}

/** Cursor paging like the Graph API's: `after`/`before` cursors name the last/first item of a page. */
function page(
  records: TemplateRecord[],
  query: { limit: number; after?: string; before?: string },
  nextLink: (after: string) => string,
) {
  const indexOf = (cursor: string) =>
    records.findIndex((record) => record.id === Buffer.from(cursor, 'base64url').toString());
  let start = 0;
  let end = records.length;
  if (query.after !== undefined) start = indexOf(query.after) + 1;
  if (query.before !== undefined) end = Math.max(0, indexOf(query.before));
  if (query.before !== undefined) start = Math.max(start, end - query.limit);
  else end = Math.min(end, start + query.limit);
  const items = records.slice(start, end);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return { data: [] };
  const cursors = { before: cursorOf(first), after: cursorOf(last) };
  const more = end < records.length;
  return {
    data: items.map(templateView),
    paging: { cursors, ...(more ? { next: nextLink(cursors.after) } : {}) },
  };
}
