import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from './sandbox-context.js';
import { badRequest, notFound } from './sandbox-replies.js';
import { templateView } from './templates/template.model.js';

const outboundQuerySchema = z.object({ since: z.iso.datetime({ offset: true }).optional() });
const signupSchema = z.object({
  businessId: z.string().min(1),
  wabaId: z.string().min(1).optional(),
  phoneNumberId: z.string().min(1).optional(),
});
const templateEventSchema = z.object({
  event: z.string().min(1),
  reason: z.string().min(1).optional(),
  /** Change the status without a webhook: only polling `GET /{template-id}` finds it. */
  silent: z.boolean().optional(),
});
const clockSchema = z.object({ advanceMs: z.number().int().min(0) });

/**
 * Test controls: health, what the business sent, Embedded Signup codes, platform-side template
 * changes, the sandbox clock and the seeded businesses.
 */
export function registerControlRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store, directory, clock, templates } = context;

  app.get('/sandbox/health', async () => ({ status: 'ok' }));

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

  /** What Embedded Signup's popup returns to the browser: a code plus the chosen WABA and number. */
  app.post('/sandbox/signup', async (request, reply) => {
    const body = signupSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    const { businessId } = body.data;
    if (!directory.businesses.has(businessId)) return notFound(reply, `no business ${businessId}`);
    const waba = directory
      .wabasOf(businessId)
      .find((candidate) => (body.data.wabaId ?? candidate.id) === candidate.id);
    if (!waba)
      return badRequest(reply, [
        { path: 'wabaId', message: `business ${businessId} has no WABA ${body.data.wabaId}` },
      ]);
    const number = directory
      .numbersOf(waba.id)
      .find((candidate) => (body.data.phoneNumberId ?? candidate.id) === candidate.id);
    if (!number)
      return badRequest(reply, [
        { path: 'phoneNumberId', message: `WABA ${waba.id} has no number ${body.data.phoneNumberId}` },
      ]);
    const signup = context.signupCodes.issue(
      { businessId, wabaId: waba.id, phoneNumberId: number.id },
      clock.nowMs(),
    );
    return reply.code(201).send({ code: signup.code, waba_id: waba.id, phone_number_id: number.id });
  });

  app.post('/sandbox/templates/:templateId/status', async (request, reply) => {
    const body = templateEventSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    const { templateId } = request.params as { templateId: string };
    const record = templates.store.get(templateId);
    if (!record) return notFound(reply, `no template ${templateId}`);
    const result = await templates.reviewer.applyEvent(
      record,
      body.data.event.toUpperCase(),
      body.data.reason,
      { silent: body.data.silent ?? false },
    );
    if (!result.applied) return reply.code(409).send({ error: result.problem });
    return { template: templateView(record), webhookStatus: result.webhookStatus };
  });

  app.post('/sandbox/clock', async (request, reply) => {
    const body = clockSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    return { now: clock.advance(body.data.advanceMs).toISOString() };
  });

  app.get('/sandbox/businesses', async () => ({
    items: [...directory.businesses.values()].map((business) => ({
      ...business,
      wabas: directory.wabasOf(business.id).map((waba) => ({
        id: waba.id,
        name: waba.name,
        subscribed: waba.subscription !== undefined,
        phoneNumbers: directory.numbersOf(waba.id).map((number) => ({
          id: number.id,
          displayPhoneNumber: number.displayPhoneNumber,
          verifiedName: number.verifiedName,
          registered: number.registered,
        })),
      })),
    })),
  }));
}
