import type { FastifyReply } from 'fastify';
import { invalidParameter } from '../graph-replies.js';
import type { PhoneNumberRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import { checkStatusUpdate } from './message-request.js';

interface StatusUpdate {
  message_id: string;
  typing_indicator?: { type: 'text' };
}

/**
 * `{status: 'read', message_id, typing_indicator?}`: marks the message, and every earlier one the
 * customer sent this number, read; with the typing indicator, the customer also sees the business
 * typing for 25 s or until its next message to them. Answers `{success: true}` like Meta.
 */
export function markRead(
  reply: FastifyReply,
  context: SandboxContext,
  number: PhoneNumberRecord,
  body: unknown,
): FastifyReply {
  const issues = checkStatusUpdate(body);
  if (issues.length > 0) return invalidParameter(reply, issues);
  const { message_id: messageId, typing_indicator: typing } = body as StatusUpdate;
  const message = context.store.find(messageId);
  if (!message || message.direction !== 'inbound' || message.phoneNumberId !== number.id)
    return invalidParameter(reply, [
      { path: 'message_id', message: `no message ${messageId} was received by this number` },
    ]);
  const conversation = context.store.conversation(message.waId);
  for (const earlier of conversation.slice(0, conversation.indexOf(message) + 1))
    if (earlier.direction === 'inbound' && earlier.phoneNumberId === number.id) earlier.readByBusiness = true;
  if (typing) context.typing.start(number.id, message.waId, context.clock.nowMs());
  return reply.code(200).send({ success: true });
}
