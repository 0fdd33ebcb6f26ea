import type { FastifyInstance, FastifyReply } from 'fastify';
import { newWamid, unixSeconds } from '../meta-payloads.js';
import type { PhoneNumberRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import { badRequest, notFound } from '../sandbox-replies.js';
import type { StoredMessage } from '../sandbox.store.js';
import { displayDigits, inboundMessageWebhook, type InboundWebhookMessage } from '../webhook-payloads.js';
import { customerMessageSchema, customerParamsSchema, tapSchema } from './customer-message.schema.js';
import { buildInbound, type InboundMessage } from './inbound-message.js';
import { tapReply } from './tap.js';

/** The customer's side: send any kind of message as a customer, tap buttons, read the customer's phone. */
export function registerCustomerRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store, directory, config, clock } = context;

  /** The business number a customer writes to: the one asked for, or the configured one. */
  const businessNumber = (reply: FastifyReply, id = config.phoneNumberId): PhoneNumberRecord | undefined => {
    const number = directory.numbers.get(id);
    if (number?.registered) return number;
    void badRequest(reply, [
      { path: 'phoneNumberId', message: `${id} is not a registered WhatsApp business number` },
    ]);
    return undefined;
  };

  app.post('/sandbox/customers/:waId/messages', async (request, reply) => {
    const params = customerParamsSchema.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    const body = customerMessageSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    const number = businessNumber(reply, body.data.phoneNumberId);
    if (!number) return reply;
    const { waId } = params.data;
    const ids = { wamid: newWamid(), at: clock.now() };
    const inbound = buildInbound(context, number, waId, body.data, ids);
    if (Array.isArray(inbound)) return badRequest(reply, inbound);
    const name = store.customerName(waId, body.data.name);
    return receive(reply, context, number, {
      waId,
      name,
      ...ids,
      inbound,
      fromAd: body.data.referral !== undefined,
    });
  });

  app.post('/sandbox/customers/:waId/messages/:wamid/tap', async (request, reply) => {
    const params = customerParamsSchema.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    const body = tapSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    const { waId } = params.data;
    const { wamid } = request.params as { wamid: string };
    const tapped = store
      .conversation(waId)
      .find((message) => message.id === wamid && message.direction === 'outbound');
    if (!tapped) return notFound(reply, `customer ${waId} did not receive a message ${wamid}`);
    const number = businessNumber(reply, tapped.phoneNumberId);
    if (!number) return reply;
    const tap = tapReply(context, tapped, body.data);
    if (typeof tap === 'string')
      return badRequest(reply, [{ path: 'buttonId' in body.data ? 'buttonId' : 'rowId', message: tap }]);
    const ids = { wamid: newWamid(), at: clock.now() };
    const webhook: InboundWebhookMessage = {
      context: { from: displayDigits(number.displayPhoneNumber), id: tapped.id },
      from: waId,
      id: ids.wamid,
      timestamp: unixSeconds(ids.at),
      type: tap.type,
      [tap.type]: tap.content,
    };
    const inbound = {
      webhook,
      type: tap.type,
      text: null,
      preview: tap.preview,
      content: tap.content,
      contextId: tapped.id,
    };
    const name = store.customerName(waId, body.data.name);
    return receive(reply, context, number, { waId, name, ...ids, inbound, fromAd: false });
  });

  app.get('/sandbox/customers/:waId/messages', async (request, reply) => {
    const params = customerParamsSchema.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    return { items: store.conversation(params.data.waId).map(phoneView) };
  });
}

/** Keeps an inbound message, opens the customer service window and posts the signed webhook. */
async function receive(
  reply: FastifyReply,
  context: SandboxContext,
  number: PhoneNumberRecord,
  input: { waId: string; name: string; wamid: string; at: Date; inbound: InboundMessage; fromAd: boolean },
) {
  const { inbound } = input;
  const message = context.store.recordInbound({
    id: input.wamid,
    waId: input.waId,
    phoneNumberId: number.id,
    type: inbound.type,
    text: inbound.text,
    preview: inbound.preview,
    content: inbound.content,
    at: input.at,
    ...(inbound.contextId ? { contextId: inbound.contextId } : {}),
  });
  context.windows.recordInbound(number.id, input.waId, input.at.getTime(), input.fromAd);
  const payload = inboundMessageWebhook(number, { waId: input.waId, name: input.name }, inbound.webhook);
  const delivery = context.webhooks.publish(number.wabaId, payload);
  const first = delivery ? await delivery.first : undefined;
  return reply
    .code(201)
    .send({ id: message.id, delivered: first?.ok ?? false, webhookStatus: first?.status ?? null });
}

function phoneView(message: StoredMessage) {
  return {
    id: message.id,
    direction: message.direction,
    phoneNumberId: message.phoneNumberId,
    type: message.type,
    text: message.text ?? message.preview,
    timestamp: message.at.toISOString(),
    content: message.content,
    ...(message.contextId === undefined ? {} : { replyTo: message.contextId }),
    ...(message.status === undefined ? {} : { status: message.status }),
    ...(message.direction === 'inbound' ? { readByBusiness: message.readByBusiness ?? false } : {}),
  };
}
