import type { FastifyInstance, FastifyReply } from 'fastify';
import { markOperation } from '../contract/spec-operation.js';
import { graphGuard, visible } from '../graph-auth.js';
import { invalidParameter, messagingError } from '../graph-replies.js';
import { newWamid } from '../meta-payloads.js';
import type { SandboxContext } from '../sandbox-context.js';
import type { StoredMessage } from '../sandbox.store.js';
import { pairKey } from '../service-windows.js';
import { markRead } from './mark-read.js';
import {
  checkMessageRequest,
  contentOf,
  isStatusUpdate,
  messagesPath,
  ruleViolation,
  type SendBody,
} from './message-request.js';
import { resolveRecipient } from './recipient.js';
import { decideSend } from './send-decision.js';
import { emitStatuses } from './status-emitter.js';

/** `POST /{version}/{phone-number-id}/messages`: sends, and marking inbound messages read (with typing). */
export function registerGraphMessagesRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { directory, store, limits } = context;

  app.post('/:version/:phoneNumberId/messages', async (request, reply) => {
    markOperation(request, messagesPath);
    const grant = graphGuard(request, reply, directory);
    if (!grant) return reply;
    const { phoneNumberId } = request.params as { phoneNumberId: string };
    const number = visible(reply, grant, phoneNumberId, directory.numbers.get(phoneNumberId));
    if (!number) return reply;
    if (!number.registered)
      return messagingError(reply, 133010, `Phone number ${number.id} is not registered`);
    if (isStatusUpdate(request.body)) return markRead(reply, context, number, request.body);

    const issues = checkMessageRequest(request.body);
    if (issues.length > 0) return invalidParameter(reply, issues);
    const body = request.body as SendBody;
    const violation = ruleViolation(body);
    if (violation) return messagingError(reply, 131009, violation);

    const keyHeader = request.headers['idempotency-key'];
    const idempotencyKey = typeof keyHeader === 'string' && keyHeader.length > 0 ? keyHeader : null;
    const earlier =
      idempotencyKey === null ? undefined : store.findByIdempotencyKey(number.id, idempotencyKey);
    if (earlier) return accepted(reply, earlier);

    const recipient = resolveRecipient(context, number, body);
    if ('problem' in recipient) return messagingError(reply, 131009, recipient.problem);
    const { waId } = recipient;
    const decision = decideSend(context, number, waId, body);
    if (!decision.ok) return messagingError(reply, decision.code, decision.details);
    const nowMs = Date.now();
    if (!limits.throughput.allows(number.id, nowMs))
      return messagingError(reply, 130429, 'Cloud API message throughput has been reached.');
    if (!limits.pairRate.allows(pairKey(number.id, waId), nowMs))
      return messagingError(
        reply,
        131056,
        'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
      );
    limits.throughput.take(number.id, nowMs);
    limits.pairRate.take(pairKey(number.id, waId), nowMs);

    const type = body.type ?? 'text';
    const content = contentOf(body);
    const message = store.recordOutbound({
      id: newWamid(),
      waId,
      phoneNumberId: number.id,
      to: recipient.input,
      sentTo: recipient.sentTo,
      userId: context.identities.userId(number.businessId, waId),
      type,
      text: type === 'text' ? ((content as { body?: string }).body ?? null) : null,
      preview: decision.preview,
      content,
      at: context.clock.now(),
      idempotencyKey,
      ...(body.context?.message_id ? { contextId: body.context.message_id } : {}),
      ...(decision.templateId ? { templateId: decision.templateId } : {}),
      ...(decision.plan.outcome === 'fail' ? { undeliverable: true } : {}),
    });
    // The message reaches the customer's phone, replacing the business's typing indicator.
    if (decision.plan.outcome === 'deliver') context.typing.stop(number.id, waId);
    emitStatuses(context, number, message, decision.plan);
    return accepted(reply, message);
  });
}

/** Meta's answer: the input echoed with the `wa_id` for a phone send, the `user_id` for a BSUID send. */
function accepted(reply: FastifyReply, message: StoredMessage): FastifyReply {
  const input = message.to ?? message.waId;
  return reply.code(200).send({
    messaging_product: 'whatsapp',
    contacts: [
      message.sentTo === 'user_id' ? { input, user_id: message.userId } : { input, wa_id: message.waId },
    ],
    messages: [{ id: message.id, ...(message.type === 'template' ? { message_status: 'accepted' } : {}) }],
  });
}
