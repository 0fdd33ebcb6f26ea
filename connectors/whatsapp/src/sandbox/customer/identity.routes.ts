import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { newWamid, unixSeconds } from '../meta-payloads.js';
import type { PhoneNumberRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import { badRequest } from '../sandbox-replies.js';
import { customerParamsSchema } from './customer-message.schema.js';
import { identityChangeWebhook } from './customer-webhooks.js';

const waIdSchema = customerParamsSchema.shape.waId;
const phoneNumberId = z.string().regex(/^\d+$/).optional();
const identityChangeSchema = z.discriminatedUnion('change', [
  /** The customer's BSUIDs change (at every business portfolio). */
  z.strictObject({ change: z.literal('user_id'), phoneNumberId }),
  /** The customer moves to another phone number; new BSUIDs come with it. */
  z.strictObject({ change: z.literal('number'), newWaId: waIdSchema, phoneNumberId }),
]);

/**
 * `POST /sandbox/customers/{waId}/identity`: the customer's identity changes and each business
 * number they talked to (or the one named) gets Meta's system message: `user_changed_number`, or
 * `user_changed_user_id` for a new BSUID or for a customer who hides their number.
 */
export function registerIdentityRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store, directory, identities, clock } = context;

  app.post('/sandbox/customers/:waId/identity', async (request, reply) => {
    const params = customerParamsSchema.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    const body = identityChangeSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    const { waId } = params.data;
    const newWaId = body.data.change === 'number' ? body.data.newWaId : waId;
    if (body.data.change === 'number' && (newWaId === waId || store.conversation(newWaId).length > 0))
      return badRequest(reply, [{ path: 'newWaId', message: `${newWaId} is already a customer's number` }]);
    const numbers = numbersToTell(waId, body.data.phoneNumberId);
    if (typeof numbers === 'string') return badRequest(reply, [{ path: 'phoneNumberId', message: numbers }]);

    const before = numbers.map((number) => identities.userId(number.businessId, waId));
    const { hidePhoneNumber } = identities.profile(waId);
    const name = store.customerName(waId);
    if (body.data.change === 'number') {
      identities.changeNumber(waId, newWaId);
      store.renameCustomer(waId, newWaId);
      context.windows.renameCustomer(waId, newWaId);
      context.typing.renameCustomer(waId, newWaId);
    } else identities.changeUserId(waId);

    const webhooks = await Promise.all(
      numbers.map(async (number, index) => {
        const previousUserId = before[index] ?? '';
        const userId = identities.userId(number.businessId, newWaId);
        const payload = identityChangeWebhook(number, {
          wamid: newWamid(),
          timestamp: unixSeconds(clock.now()),
          name,
          previous: { waId, userId: previousUserId },
          current: { waId: newWaId, userId },
          phoneShared: !hidePhoneNumber,
        });
        const first = await context.webhooks.publish(number.wabaId, payload)?.first;
        return {
          phoneNumberId: number.id,
          previousUserId,
          userId,
          delivered: first?.ok ?? false,
          webhookStatus: first?.status ?? null,
        };
      }),
    );
    return { waId: newWaId, webhooks };
  });

  /** The registered number named, or every business number in the customer's conversation. */
  function numbersToTell(waId: string, id: string | undefined): PhoneNumberRecord[] | string {
    if (id !== undefined) {
      const number = directory.numbers.get(id);
      return number?.registered ? [number] : `${id} is not a registered WhatsApp business number`;
    }
    const ids = new Set(store.conversation(waId).map((message) => message.phoneNumberId));
    return [...ids].flatMap((known): PhoneNumberRecord[] => {
      const number = directory.numbers.get(known);
      return number ? [number] : [];
    });
  }
}
