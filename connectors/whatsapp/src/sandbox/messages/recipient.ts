import type { PhoneNumberRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import { waIdOf, type SendBody } from './message-request.js';

/** The customer a send reaches, the recipient as the request gave it, and how it was addressed. */
export interface Recipient {
  waId: string;
  input: string;
  sentTo: 'phone' | 'user_id';
}

/**
 * Who a (spec-checked) send goes to: `to`, a phone number, wins when both are given, as at Meta;
 * otherwise `recipient` must be a current BSUID of a customer at the sending number's business
 * portfolio (a BSUID of another portfolio, or one that changed, names nobody here).
 */
export function resolveRecipient(
  context: SandboxContext,
  number: PhoneNumberRecord,
  body: SendBody,
): Recipient | { problem: string } {
  if (body.to !== undefined) return { waId: waIdOf(body.to), input: body.to, sentTo: 'phone' };
  const userId = body.recipient ?? '';
  const waId = context.identities.resolve(number.businessId, userId);
  if (waId === undefined)
    return {
      problem: `${userId} is not a business-scoped user ID (BSUID) of a WhatsApp user of this business`,
    };
  return { waId, input: userId, sentTo: 'user_id' };
}
