import type { FastifyInstance, FastifyReply } from 'fastify';
import { newWamid, unixSeconds } from '../meta-payloads.js';
import type { PhoneNumberRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import { badRequest, notFound } from '../sandbox-replies.js';
import type { StoredMessage } from '../sandbox.store.js';
import { displayDigits } from '../webhook-payloads.js';
import type { CustomerProfile } from './customer-identities.js';
import { customerMessageSchema, customerParamsSchema, tapSchema } from './customer-message.schema.js';
import { inboundMessageWebhook, webhookCustomer, type InboundWebhookMessage } from './customer-webhooks.js';
import { buildInbound, type InboundMessage } from './inbound-message.js';
import { tapReply } from './tap.js';

type IdentityInput = {
  name?: string | undefined;
  username?: string | undefined;
  hidePhoneNumber?: boolean | undefined;
};

/** The customer's side: send any kind of message as a customer, tap buttons, read the customer's phone (and see the business typing). */
export function registerCustomerRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store, directory, config, clock, identities } = context;

  /** The business number a customer writes to: the one asked for, or the configured one. */
  const businessNumber = (reply: FastifyReply, id = config.phoneNumberId): PhoneNumberRecord | undefined => {
    const number = directory.numbers.get(id);
    if (number?.registered) return number;
    void badRequest(reply, [
      { path: 'phoneNumberId', message: `${id} is not a registered WhatsApp business number` },
    ]);
    return undefined;
  };
  /** The customer's profile after this message (not yet kept), or the 400 answer why not. */
  const profileAfter = (
    reply: FastifyReply,
    waId: string,
    input: IdentityInput,
  ): CustomerProfile | undefined => {
    const profile = identities.next(waId, input);
    if (typeof profile !== 'string') return profile;
    void badRequest(reply, [{ path: 'hidePhoneNumber', message: profile }]);
    return undefined;
  };

  app.post('/sandbox/customers/:waId/messages', async (request, reply) => {
    const params = customerParamsSchema.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    const body = customerMessageSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    const number = businessNumber(reply, body.data.phoneNumberId);
    const { waId } = params.data;
    const profile = number && profileAfter(reply, waId, body.data);
    if (!number || !profile) return reply;
    const ids = { wamid: newWamid(), at: clock.now() };
    const customer = { waId, phoneShared: !profile.hidePhoneNumber };
    const inbound = buildInbound(context, number, customer, body.data, ids);
    if (Array.isArray(inbound)) return badRequest(reply, inbound);
    keepIdentity(context, waId, profile, body.data);
    return receive(reply, context, number, {
      waId,
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
    const profile = number && profileAfter(reply, waId, body.data);
    if (!number || !profile) return reply;
    const tap = tapReply(context, tapped, body.data);
    if (typeof tap === 'string')
      return badRequest(reply, [{ path: 'buttonId' in body.data ? 'buttonId' : 'rowId', message: tap }]);
    const ids = { wamid: newWamid(), at: clock.now() };
    const webhook: InboundWebhookMessage = {
      context: { from: displayDigits(number.displayPhoneNumber), id: tapped.id },
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
    keepIdentity(context, waId, profile, body.data);
    return receive(reply, context, number, { waId, ...ids, inbound, fromAd: false });
  });

  app.get('/sandbox/customers/:waId/messages', async (request, reply) => {
    const params = customerParamsSchema.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    const { waId } = params.data;
    const typingFrom = context.typing.typingTo(waId, clock.nowMs());
    return {
      items: store.conversation(waId).map(phoneView),
      businessTyping: typingFrom.length > 0,
      businessTypingFrom: typingFrom,
    };
  });
}

function keepIdentity(context: SandboxContext, waId: string, profile: CustomerProfile, input: IdentityInput) {
  context.identities.save(waId, profile);
  context.store.customerName(waId, input.name);
}

/** Keeps an inbound message, opens the customer service window and posts the signed webhook. */
async function receive(
  reply: FastifyReply,
  context: SandboxContext,
  number: PhoneNumberRecord,
  input: { waId: string; wamid: string; at: Date; inbound: InboundMessage; fromAd: boolean },
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
  const customer = webhookCustomer(context, number.businessId, input.waId);
  const payload = inboundMessageWebhook(number, customer, inbound.webhook);
  const delivery = context.webhooks.publish(number.wabaId, payload);
  const first = delivery ? await delivery.first : undefined;
  return reply.code(201).send({
    id: message.id,
    userId: customer.userId,
    delivered: first?.ok ?? false,
    webhookStatus: first?.status ?? null,
  });
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
