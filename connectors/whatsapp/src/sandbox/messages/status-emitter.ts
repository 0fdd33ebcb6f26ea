import type { PhoneNumberRecord } from '../onboarding/directory.js';
import type { SandboxContext } from '../sandbox-context.js';
import type { StoredMessage } from '../sandbox.store.js';
import { statusWebhook, type DeliveryStatus, type StatusUpdate } from '../webhook-payloads.js';
import type { StatusPlan } from './send-decision.js';
import { statusRecipient } from './status-recipient.js';

const deliveredOrder = ['sent', 'delivered', 'read'] as const;

/**
 * Plays the customer's phone for an accepted message (named as `statusRecipient` says): sent,
 * delivered and read at their delays after acceptance, each with the conversation and pricing Meta reports (the conversation's
 * expiration only on `sent`, as Meta does); or one `failed` status with its error. A status's
 * webhook is posted only after the previous one's delivery ended, so they arrive in order.
 */
export function emitStatuses(
  context: SandboxContext,
  number: PhoneNumberRecord,
  message: StoredMessage,
  plan: StatusPlan,
): void {
  const { lifecycle, store, webhooks, clock, config } = context;
  const acceptedAt = Date.now();
  const publish = async (
    status: DeliveryStatus,
    extra: Pick<StatusUpdate, 'conversation' | 'pricing' | 'errors'>,
  ) => {
    const payload = statusWebhook(number, {
      wamid: message.id,
      status,
      at: clock.now(),
      ...statusRecipient(context, number, message, status),
      ...extra,
    });
    await webhooks.publish(number.wabaId, payload)?.done;
  };
  const run = async () => {
    if (plan.outcome === 'fail') {
      if (!(await lifecycle.sleep(acceptedAt + config.statusDelaysMs.sent - Date.now()))) return;
      store.setStatus(message.id, 'failed', [plan.error]);
      await publish('failed', { errors: [plan.error] });
      return;
    }
    const { billing, conversationId } = plan;
    for (const status of deliveredOrder) {
      if (!(await lifecycle.sleep(acceptedAt + config.statusDelaysMs[status] - Date.now()))) return;
      store.setStatus(message.id, status);
      await publish(status, {
        conversation: {
          id: conversationId,
          originType: billing.originType,
          ...(status === 'sent' ? { expiresAt: new Date(billing.expiresAtMs) } : {}),
        },
        pricing: billing.pricing,
      });
    }
  };
  lifecycle.track(run());
}
