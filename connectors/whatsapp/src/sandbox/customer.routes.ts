import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { inboundTextWebhook, newWamid } from './meta-payloads.js';
import type { SandboxContext } from './sandbox-context.js';
import type { StoredMessage } from './sandbox.store.js';

const customerParamsSchema = z.object({
  waId: z.string().regex(/^\d{5,20}$/, 'must be a wa_id: 5 to 20 digits'),
});
const customerMessageSchema = z.object({
  text: z.string().min(1).max(4096),
  name: z.string().min(1).max(256).optional(),
});
const outboundQuerySchema = z.object({ since: z.iso.datetime({ offset: true }).optional() });

/** The customer's side of the sandbox: send as a customer, read a customer's phone, list what the business sent. */
export function registerCustomerRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store, sender, number } = context;

  app.get('/sandbox/health', async () => ({ status: 'ok' }));

  app.post('/sandbox/customers/:waId/messages', async (request, reply) => {
    const params = customerParamsSchema.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    const body = customerMessageSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);

    const { waId } = params.data;
    const message = store.recordInbound({ id: newWamid(), waId, text: body.data.text, at: new Date() });
    const name = store.customerName(waId, body.data.name);
    const webhook = inboundTextWebhook(number, {
      waId,
      name,
      wamid: message.id,
      at: message.at,
      text: body.data.text,
    });
    const first = await sender.deliver(webhook).first;
    return reply.code(201).send({ id: message.id, delivered: first.ok, webhookStatus: first.status });
  });

  app.get('/sandbox/customers/:waId/messages', async (request, reply) => {
    const params = customerParamsSchema.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    return { items: store.conversation(params.data.waId).map(phoneView) };
  });

  app.get('/sandbox/outbound', async (request, reply) => {
    const query = outboundQuerySchema.safeParse(request.query);
    if (!query.success) return badRequest(reply, query.error);
    const since = query.data.since === undefined ? undefined : new Date(query.data.since);
    const items = store.outboundSince(since).map((message) => ({
      id: message.id,
      to: message.waId,
      type: message.type,
      text: message.text,
      acceptedAt: message.at.toISOString(),
      idempotencyKey: message.idempotencyKey ?? null,
    }));
    return { items };
  });
}

function phoneView(message: StoredMessage) {
  return {
    id: message.id,
    direction: message.direction,
    text: message.text,
    type: message.type,
    timestamp: message.at.toISOString(),
    ...(message.status === undefined ? {} : { status: message.status }),
  };
}

function badRequest(reply: FastifyReply, error: z.ZodError): FastifyReply {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = issues.map((issue) => `${issue.path || '(body)'}: ${issue.message}`).join('; ');
  return reply.code(400).send({ error: `Invalid request: ${summary}`, issues });
}
