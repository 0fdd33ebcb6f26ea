/** What the engine and the conversation workflow agree on: names, payloads and activity types. */
import type { Capabilities, OutboundMessage } from '@parley/connector-sdk/schemas';
import type { FlowSlotCarry } from './conversation/flow-slot.js';
import type { FlowReply } from './flows/runtime.contract.js';

export const conversationWorkflowType = 'conversationWorkflow';
export const inboundMessageSignalName = 'inboundMessage';
export const sendMessageUpdateName = 'sendMessage';
export const conversationStateQueryName = 'conversationState';

/** The customer-service window: free-form replies are allowed this long after the customer's last message. */
export const customerServiceWindowMs = 24 * 60 * 60 * 1000;
/** The free entry-point window a click-to-WhatsApp ad opens: every message is free for 72 hours. */
export const freeEntryPointWindowMs = 72 * 60 * 60 * 1000;
/** How long held messages wait for the customer to answer a fallback template before they fail. */
export const heldMessageLifetimeMs = 30 * 24 * 60 * 60 * 1000;

/** Application failure types the workflow's update validator and activities use. */
export const windowClosedFailureType = 'WINDOW_CLOSED';
export const contentOverLimitsFailureType = 'CONTENT_OVER_LIMITS';
/** A failure that retrying cannot mend (the conversation is gone, …): never retried. */
export const permanentFailureType = 'PermanentFailure';

/**
 * One workflow per (channel account, contact), its id derived from Parley's ids of both: never
 * from the customer's phone number, which would then travel through Temporal and its logs.
 */
export function conversationWorkflowId(channelAccountId: string, contactId: string): string {
  return `conversation:${channelAccountId}:${contactId}`;
}

/**
 * The idempotency key of an agent's message (the `sendMessage` update's request): its outbound
 * row, its send and its credits are all keyed by it, in the workflow and in the engine alike.
 */
export function agentMessageKey(conversationId: string, requestId: string): string {
  return `message:${conversationId}:${requestId}`;
}

/** How long the windows of this conversation's channel last. */
export interface WindowPolicy {
  /** What one inbound message opens; null when the channel has no window (Telegram). */
  serviceMs: number | null;
  /** What an inbound message from an ad opens: the free entry-point window (pricing, not free-form). */
  entryPointMs: number;
}

export interface InboundMessageSignal {
  /** Parley's id of the stored inbound message. */
  messageId: string;
  conversationId: string;
  /** When the customer sent it (ISO 8601): the window runs from here, not from its arrival. */
  occurredAt: string;
  /** The customer came from a click-to-WhatsApp ad: the free entry-point window opens (every message free). */
  referral?: boolean;
  /** An assignment with a first-response target started for this message: the SLA timer. */
  sla?: SlaTimer;
  /** A flow run the engine started on this message (its trigger matched, or a test run): the workflow runs it. */
  flow?: { runId: string };
  /** The message's content, sent while a flow runs on the conversation (docs/flows.md). */
  reply?: FlowReply;
}

/**
 * An assignment's first-response deadline (docs/routing.md): the workflow waits until `deadline`
 * unless an agent answers first; the assignment is the agent and when they were given it.
 */
export interface SlaTimer {
  /** ISO 8601, computed by the engine (business hours included). */
  deadline: string;
  assignedAt: string;
  userId: string;
}

export interface SlaBreachedInput {
  conversationId: string;
  assignedAt: string;
  userId: string;
}

/**
 * What the engine did when the deadline passed: nothing when the assignment was answered or is
 * gone. A new assignment sends its own timer (a signal), like every assignment.
 */
export interface SlaBreachedResult {
  outcome: 'answered' | 'stale' | 'reassigned' | 'escalated' | 'queued';
}

export interface ConversationWorkflowInput {
  conversationId: string;
  /** Absent in runs started before windows were per channel: 24 hours. */
  policy?: WindowPolicy;
  /** When the window closes (ISO 8601); null or absent: closed (or never opened). */
  windowExpiresAt?: string | null;
  entryPointExpiresAt?: string | null;
  /** Carried over by continue-as-new. */
  pending?: InboundMessageSignal[];
  recentMessageIds?: string[];
  held?: HeldMessage[];
  /** This window's automatic reply is still to be decided. */
  automaticReplyDue?: boolean;
  /** The SLA timer running, if any. */
  sla?: SlaTimer | null;
  /** The flow run and the runs asked for (docs/flows.md). */
  flow?: FlowSlotCarry;
}

/** What the workflow tells about itself (the `conversationState` query). */
export interface ConversationState {
  windowOpen: boolean;
  windowExpiresAt: string | null;
  unlimited: boolean;
  /** Every message is free until then (a click-to-WhatsApp ad's entry-point window). */
  entryPointExpiresAt: string | null;
  held: HeldMessage[];
  pendingInbound: number;
}

/** A message waiting for the customer to answer a fallback template. */
export interface HeldMessage {
  messageId: string;
  heldAt: string;
}

/**
 * An outbound message ready to send: what Parley stores and shows, and what the platform gets.
 * Built by the engine (which checks templates and files), sent by the workflow's activities.
 */
export interface OutboundDraft {
  stored: { type: string; text: string | null; content: Record<string, unknown> | null };
  message: OutboundMessage;
  /** A library file the platform needs by media id first: a media message's file, a template's header. */
  fileId?: string | null;
  /** The platform id of the message this one quotes. */
  replyTo?: string | null;
}

export interface SendMessageRequest {
  /** Unique per intended message: a request sent again sends once. */
  requestId: string;
  draft: OutboundDraft;
  /** The channel's capabilities (its connector manifest): the validator checks the content against them. */
  capabilities: Capabilities;
  /** The channel's name for error messages ("WhatsApp"). */
  channelName: string;
  /** The agent who sends; null for automation. */
  senderUserId: string | null;
  /**
   * While the window is closed, a free-form message is refused (WINDOW_CLOSED) unless this is
   * set: then the account's fallback template goes now and this message once the customer answers.
   */
  holdIfClosed?: boolean;
}

export type SendMessageResult =
  | { outcome: 'sent'; messageId: string }
  /** The platform refused it, or kept failing until the retries ran out: recorded on the message. */
  | { outcome: 'failed'; messageId: string; code: string; reason: string }
  | { outcome: 'held'; messageId: string; fallbackMessageId: string }
  /** The window is closed and no fallback template can go to this contact. */
  | { outcome: 'no_fallback'; code: string; reason: string }
  /** The channel account is turned off or disconnected: nothing was stored or sent. */
  | { outcome: 'account_off' }
  /** Automation (no sender), but a person owns the conversation (handoff): nothing was stored or sent. */
  | { outcome: 'handed_off' };

export interface SendActivityInput {
  conversationId: string;
  idempotencyKey: string;
  draft: OutboundDraft;
  senderUserId: string | null;
  /** Attempts after which a transient failure is recorded on the message instead of retried. */
  maxAttempts: number;
}

export interface HoldActivityInput extends SendActivityInput {
  /** Automation: with no usable fallback template the conversation is flagged for an agent. */
  flagIfNoFallback: boolean;
}

export interface AutomaticReplyInput {
  conversationId: string;
  inboundMessageId: string;
  maxAttempts: number;
}

export interface AutomaticReplyResult {
  /** False when this message does not call for one (a reaction, a button tap…): a later one may. */
  settled: boolean;
  /** The greeting or away message sent, if any. */
  messageId: string | null;
}

/** Activities the conversation workflow calls; implemented by the engine's worker. */
export interface ConversationActivities {
  /** The window's greeting or away message, as the channel account's settings say. */
  automaticReply(input: AutomaticReplyInput): Promise<AutomaticReplyResult>;
  /** Sends one message now (the window is open, or it is a template). */
  sendMessage(input: SendActivityInput): Promise<SendMessageResult>;
  /** The window is closed: sends the fallback template and holds the draft until the customer answers. */
  holdWithFallback(input: HoldActivityInput): Promise<SendMessageResult>;
  /** The customer answered: sends held messages, in order. */
  sendHeld(input: { conversationId: string; messageIds: string[]; maxAttempts: number }): Promise<void>;
  /** Held messages the customer never answered for: marked failed with the reason. */
  expireHeld(input: { conversationId: string; messageIds: string[] }): Promise<void>;
  /**
   * The SLA deadline passed: if the same assignment is still unanswered, reassigns (not to the
   * same agent) or escalates, as the team's SLA says.
   */
  slaBreached(input: SlaBreachedInput): Promise<SlaBreachedResult>;
}
