import { contactEntry, webhookCustomer } from '../customer/customer-webhooks.js';
import type { PhoneNumberRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import type { StoredMessage } from '../sandbox.store.js';
import type { DeliveryStatus, StatusUpdate } from '../webhook-payloads.js';

/**
 * Who a status names, as Meta's BSUID guide describes: `recipient_id` (the phone number) when the
 * message went to it or the customer shares it; `recipient_user_id` (the BSUID) always, except on
 * a failed send to a phone number; and, except on failed statuses, the `contacts[]` entry, with
 * the username on delivered and read only.
 */
export function statusRecipient(
  context: SandboxContext,
  number: PhoneNumberRecord,
  message: StoredMessage,
  status: DeliveryStatus,
): Pick<StatusUpdate, 'recipient' | 'contact'> {
  const current = webhookCustomer(context, number.businessId, message.waId);
  const byPhone = message.sentTo !== 'user_id';
  const customer = {
    ...current,
    userId: message.userId ?? current.userId,
    phoneShared: byPhone || current.phoneShared,
  };
  return {
    recipient: {
      ...(customer.phoneShared ? { id: customer.waId } : {}),
      ...(status === 'failed' && byPhone ? {} : { userId: customer.userId }),
    },
    ...(status === 'failed' ? {} : { contact: contactEntry(customer, status !== 'sent') }),
  };
}
