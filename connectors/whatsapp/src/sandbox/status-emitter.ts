import type { Lifecycle } from './lifecycle.js';
import { statusWebhook, type BusinessNumber, type SandboxStatus } from './meta-payloads.js';
import type { SandboxStore, StoredMessage } from './sandbox.store.js';
import type { WebhookSender } from './webhook-sender.js';

export interface StatusEmitterDeps {
  number: BusinessNumber;
  delaysMs: Record<SandboxStatus, number>;
  store: SandboxStore;
  sender: WebhookSender;
  lifecycle: Lifecycle;
}

const order: SandboxStatus[] = ['sent', 'delivered', 'read'];

/**
 * Plays the customer's phone for an accepted message: sent, delivered and read, each at its delay
 * after acceptance. A status's webhook is posted only after the previous one's delivery ended
 * (delivered or given up), so they arrive in order.
 */
export function emitStatuses(deps: StatusEmitterDeps, message: StoredMessage): void {
  const run = async () => {
    for (const status of order) {
      const due = message.at.getTime() + deps.delaysMs[status];
      if (!(await deps.lifecycle.sleep(due - Date.now()))) return;
      deps.store.setStatus(message.id, status);
      const payload = statusWebhook(deps.number, {
        wamid: message.id,
        status,
        at: new Date(),
        recipientId: message.waId,
        conversationId: deps.store.conversationId(message.waId),
      });
      await deps.sender.deliver(payload).done;
    }
  };
  deps.lifecycle.track(run());
}
