import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineSignal,
  defineUpdate,
  log,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type {
  ConversationState,
  ConversationWorkflowInput,
  InboundMessageSignal,
  SendMessageRequest,
  SendMessageResult,
} from './conversation.contract.js';
import {
  agentMessageKey,
  conversationStateQueryName,
  heldMessageLifetimeMs,
  inboundMessageSignalName,
  sendMessageUpdateName,
} from './conversation.contract.js';
import { Conversation } from './conversation/conversation-state.js';
import { agentSends, automation, isActivityError, maxAutomationAttempts } from './conversation/activities.js';
import { runFlows } from './conversation/flow-runner.js';

export const inboundMessageSignal = defineSignal<[InboundMessageSignal]>(inboundMessageSignalName);
export const sendMessageUpdate = defineUpdate<SendMessageResult, [SendMessageRequest]>(sendMessageUpdateName);
export const conversationStateQuery = defineQuery<ConversationState>(conversationStateQueryName);

const maxHistoryEvents = 2_000;
export const slaTimerPatch = 'sla-timer';
export const flowsPatch = 'flows';

/**
 * One customer's conversation on one channel account. It keeps the customer-service window (24
 * hours from the customer's last message, 72 from an ad; never on channels without one), answers
 * the first message of each window with the account's greeting or away message, sends what
 * agents write (the `sendMessage` update, whose validator refuses free-form messages while the
 * window is closed and content over the channel's limits), and holds messages sent with a
 * fallback template until the customer answers. It completes when the window has closed and
 * nothing is held; the next message, or an agent's template, starts a new run with the same id.
 */
export async function conversationWorkflow(input: ConversationWorkflowInput): Promise<void> {
  const conversation = new Conversation(input);

  setHandler(inboundMessageSignal, (message) => {
    // The SLA timer is new (docs/routing.md): histories from before it never reach this marker.
    if (message.sla && patched(slaTimerPatch)) conversation.startSla(message.sla);
    // Flows are new too (docs/flows.md): only a message that starts a run reaches this marker.
    if (message.flow && patched(flowsPatch))
      conversation.flows.request(message.flow.runId, message.reply?.text ?? null);
    conversation.receive(message);
  });
  setHandler(conversationStateQuery, () => conversation.state());
  setHandler(sendMessageUpdate, (request) => send(conversation, request), {
    validator: (request) => conversation.validate(request),
  });

  for (;;) {
    if (!conversation.hasWork()) {
      const wait = conversation.idleWait();
      if (wait === null) {
        // Window closed, nothing held: finish once the agents' sends in flight have answered.
        await condition(() => allHandlersFinished() || conversation.hasPending());
        // A send that held a message keeps the run: it now waits for the customer's answer.
        if (!conversation.hasPending() && conversation.idleWait() === null) return;
        continue;
      }
      const slaVersion = conversation.slaVersion;
      const woken = await condition(
        () => conversation.hasWork() || conversation.slaVersion !== slaVersion,
        wait,
      );
      if (!woken) {
        await breachSla(conversation);
        await expireHeld(conversation);
        if (conversation.flows.active) await runFlows(conversation);
        continue;
      }
      if (!conversation.hasWork()) continue; // the SLA timer started or stopped: wait anew
    }
    await answerInbound(conversation);
    if (conversation.flows.active) await runFlows(conversation);
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > maxHistoryEvents) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof conversationWorkflow>(conversation.carry());
    }
  }
}

/** Takes in the customer's messages: held messages go first, else the window's automatic reply. */
async function answerInbound(conversation: Conversation): Promise<void> {
  for (let message = conversation.next(); message; message = conversation.next()) {
    if (!conversation.windowOpen()) continue; // it arrived after its own window ended
    // A running flow takes the customer's messages; the one that starts a run is not a reply to it.
    const forFlow = conversation.flows.active;
    if (forFlow && !message.flow) conversation.flows.deliver(message.reply, Date.now());
    const held = conversation.takeHeld();
    try {
      if (forFlow && held.length === 0) {
        conversation.automaticReplyDue = false; // the flow is this window's answer
      } else if (held.length > 0) {
        conversation.automaticReplyDue = false; // the held messages are this window's answer
        await automation.sendHeld({
          conversationId: message.conversationId,
          messageIds: held.map((entry) => entry.messageId),
          maxAttempts: maxAutomationAttempts,
        });
      } else if (conversation.automaticReplyDue) {
        const reply = await automation.automaticReply({
          conversationId: message.conversationId,
          inboundMessageId: message.messageId,
          maxAttempts: maxAutomationAttempts,
        });
        if (reply.settled) conversation.automaticReplyDue = false;
      }
    } catch (error) {
      // Recorded by the activity where it could; the conversation goes on either way.
      if (!isActivityError(error)) throw error;
      conversation.returnHeld(held);
      log.warn('automation could not answer a message', { messageId: message.messageId, error });
    }
  }
}

async function send(conversation: Conversation, request: SendMessageRequest): Promise<SendMessageResult> {
  const input = {
    conversationId: conversation.id,
    idempotencyKey: agentMessageKey(conversation.id, request.requestId),
    draft: request.draft,
    senderUserId: request.senderUserId,
    maxAttempts: agentSends.maxAttempts,
  };
  const result =
    request.draft.message.type === 'template' || conversation.windowOpen()
      ? await agentSends.activities.sendMessage(input)
      : await agentSends.activities.holdWithFallback({
          ...input,
          flagIfNoFallback: request.senderUserId === null,
        });
  if (result.outcome === 'held') conversation.hold(result.messageId);
  // An agent's reply is the first response: the SLA timer stops.
  if (request.senderUserId !== null && (result.outcome === 'sent' || result.outcome === 'held'))
    conversation.answered();
  return result;
}

/** The SLA deadline passed: the engine checks the assignment is still unanswered and acts. */
async function breachSla(conversation: Conversation): Promise<void> {
  const due = conversation.takeDueSla();
  if (!due) return;
  try {
    await automation.slaBreached({
      conversationId: conversation.id,
      assignedAt: due.assignedAt,
      userId: due.userId,
    });
  } catch (error) {
    if (!isActivityError(error)) throw error;
    log.warn('an SLA breach could not be handled', { assignedAt: due.assignedAt, error });
  }
}

async function expireHeld(conversation: Conversation): Promise<void> {
  const expired = conversation.takeExpiredHeld(heldMessageLifetimeMs);
  if (expired.length === 0) return;
  try {
    await automation.expireHeld({
      conversationId: conversation.id,
      messageIds: expired.map((entry) => entry.messageId),
    });
  } catch (error) {
    if (!isActivityError(error)) throw error;
    log.warn('held messages could not be marked failed', { error });
  }
}
