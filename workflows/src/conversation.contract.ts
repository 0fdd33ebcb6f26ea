/** What the engine and the conversation workflow agree on: names, payloads and activity types. */

export const conversationWorkflowType = 'conversationWorkflow';
export const inboundMessageSignalName = 'inboundMessage';

/** The customer-service window: free-form replies are allowed this long after the customer's last message. */
export const customerServiceWindowMs = 24 * 60 * 60 * 1000;

/**
 * One workflow per (channel account, contact), its id derived from Parley's ids of both: never
 * from the customer's phone number, which would then travel through Temporal and its logs.
 */
export function conversationWorkflowId(channelAccountId: string, contactId: string): string {
  return `conversation:${channelAccountId}:${contactId}`;
}

export interface InboundMessageSignal {
  /** Parley's id of the stored inbound message. */
  messageId: string;
  conversationId: string;
  /** When the customer sent it (ISO 8601), which opens or refreshes the customer-service window. */
  occurredAt: string;
}

export interface ConversationWorkflowInput {
  conversationId: string;
  /** Carried over by continue-as-new. */
  lastInboundAt?: string | null;
  pending?: InboundMessageSignal[];
  recentMessageIds?: string[];
}

export interface SendAutoReplyInput {
  conversationId: string;
  inboundMessageId: string;
}

export interface SendAutoReplyResult {
  /** The outbound message; null when nothing was sent because the channel account is turned off. */
  messageId: string | null;
  platformMessageId: string | null;
  /** False when the platform refused the message for good (recorded on the message) or nothing was sent. */
  sent: boolean;
}

/** Activities the conversation workflow calls; implemented by the engine's worker. */
export interface ConversationActivities {
  sendAutoReply(input: SendAutoReplyInput): Promise<SendAutoReplyResult>;
}
