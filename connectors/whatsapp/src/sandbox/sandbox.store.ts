import { randomBytes } from 'node:crypto';
import type { SandboxStatus } from './meta-payloads.js';

export interface StoredMessage {
  id: string;
  /** The customer's wa_id. */
  waId: string;
  direction: 'inbound' | 'outbound';
  type: string;
  /** The text, for text messages. */
  text: string | null;
  /** When the customer sent it (inbound) or the sandbox accepted it (outbound). */
  at: Date;
  /** Outbound only: the business's send request as received, and its latest status. */
  to?: string;
  idempotencyKey?: string | null;
  status?: 'accepted' | SandboxStatus;
}

export type OutboundInput = Pick<StoredMessage, 'id' | 'waId' | 'type' | 'text' | 'at' | 'to'> & {
  idempotencyKey: string | null;
};
export type InboundInput = Pick<StoredMessage, 'id' | 'waId' | 'text' | 'at'>;

/** The sandbox's memory: what each customer's phone shows, and every message the business sent. */
export class SandboxStore {
  private readonly conversations = new Map<string, StoredMessage[]>();
  private readonly outbound: StoredMessage[] = [];
  private readonly byId = new Map<string, StoredMessage>();
  private readonly byIdempotencyKey = new Map<string, StoredMessage>();
  private readonly names = new Map<string, string>();
  private readonly conversationIds = new Map<string, string>();

  recordInbound(input: InboundInput): StoredMessage {
    return this.add({ ...input, direction: 'inbound', type: 'text' });
  }

  recordOutbound(input: OutboundInput): StoredMessage {
    const message = this.add({ ...input, direction: 'outbound', status: 'accepted' });
    this.outbound.push(message);
    if (input.idempotencyKey !== null) this.byIdempotencyKey.set(input.idempotencyKey, message);
    return message;
  }

  findByIdempotencyKey(key: string): StoredMessage | undefined {
    return this.byIdempotencyKey.get(key);
  }

  setStatus(id: string, status: SandboxStatus): void {
    const message = this.byId.get(id);
    if (message) message.status = status;
  }

  conversation(waId: string): readonly StoredMessage[] {
    return this.conversations.get(waId) ?? [];
  }

  outboundSince(since: Date | undefined): StoredMessage[] {
    return since === undefined ? [...this.outbound] : this.outbound.filter((message) => message.at >= since);
  }

  /** The customer's profile name: the last one given, else a stable placeholder. */
  customerName(waId: string, given?: string): string {
    if (given !== undefined) this.names.set(waId, given);
    return this.names.get(waId) ?? `Customer ${waId.slice(-4)}`;
  }

  /** One conversation id per customer, as Meta reports in statuses. */
  conversationId(waId: string): string {
    let id = this.conversationIds.get(waId);
    if (id === undefined) {
      id = randomBytes(16).toString('hex');
      this.conversationIds.set(waId, id);
    }
    return id;
  }

  private add(message: StoredMessage): StoredMessage {
    const conversation = this.conversations.get(message.waId) ?? [];
    conversation.push(message);
    this.conversations.set(message.waId, conversation);
    this.byId.set(message.id, message);
    return message;
  }
}
