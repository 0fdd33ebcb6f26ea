import {
  condition,
  continueAsNew,
  defineSignal,
  proxyLocalActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type {
  ConversationActivities,
  ConversationWorkflowInput,
  InboundMessageSignal,
} from './conversation.contract.js';
import { customerServiceWindowMs, inboundMessageSignalName } from './conversation.contract.js';

export const inboundMessageSignal = defineSignal<[InboundMessageSignal]>(inboundMessageSignalName);

/** Signals already handled, kept so that a signal relayed twice is acted on once. */
const rememberedMessageIds = 200;
const maxHistoryEvents = 2_000;

// Sending normally answers in milliseconds, so it runs as a local activity (one workflow task per
// message); long retries back off on timers. The activity itself is idempotent per inbound message.
const { sendAutoReply } = proxyLocalActivities<ConversationActivities>({
  startToCloseTimeout: '30 seconds',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * One customer's conversation on one channel account. Each inbound message is answered with an
 * automatic acknowledgement. The workflow stays open while the customer-service window is open and
 * completes when it closes; the next message starts a new run with the same id.
 */
export async function conversationWorkflow(input: ConversationWorkflowInput): Promise<void> {
  const pending: InboundMessageSignal[] = [...(input.pending ?? [])];
  const recent: string[] = [...(input.recentMessageIds ?? [])];
  let lastInboundAt = input.lastInboundAt ?? null;

  setHandler(inboundMessageSignal, (message) => {
    if (recent.includes(message.messageId) || pending.some((m) => m.messageId === message.messageId)) return;
    pending.push(message);
  });

  for (;;) {
    const windowLeft = lastInboundAt
      ? Date.parse(lastInboundAt) + customerServiceWindowMs - Date.now()
      : customerServiceWindowMs;
    if (pending.length === 0 && !(await condition(() => pending.length > 0, Math.max(windowLeft, 1)))) {
      return; // the window closed with nothing left to do
    }
    while (pending.length > 0) {
      const message = pending.shift()!;
      if (!lastInboundAt || message.occurredAt > lastInboundAt) lastInboundAt = message.occurredAt;
      await sendAutoReply({ conversationId: message.conversationId, inboundMessageId: message.messageId });
      recent.push(message.messageId);
      if (recent.length > rememberedMessageIds) recent.shift();
    }
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > maxHistoryEvents) {
      await continueAsNew<typeof conversationWorkflow>({
        conversationId: input.conversationId,
        lastInboundAt,
        pending,
        recentMessageIds: recent,
      });
    }
  }
}
