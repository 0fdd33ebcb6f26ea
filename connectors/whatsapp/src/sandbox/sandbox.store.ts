import type { WebhookError } from './meta-errors.js';
import type { DeliveryStatus } from './webhook-payloads.js';

export interface StoredMessage {
  id: string;
  /** The customer's wa_id. */
  waId: string;
  /** The business number the message went to or came from. */
  phoneNumberId: string;
  direction: 'inbound' | 'outbound';
  type: string;
  /** The text of text messages (outbound: only those; see `preview` for the rest). */
  text: string | null;
  /** What the customer's phone shows as text: the text, a caption, a rendered template, … */
  preview: string | null;
  /** Meta's object for the type: the send body's `text`/`image`/`template`/… or the webhook's. */
  content: unknown;
  /** The message this one answers, quotes or reacts to. */
  contextId?: string;
  /** When the customer sent it (inbound) or the sandbox accepted it (outbound). */
  at: Date;
  /** Outbound only: the customer's BSUID at the business when the message was sent. */
  userId?: string;
  /** Outbound only: the send request's recipient as given (`to`, or a BSUID `recipient`) and which it was. */
  to?: string;
  sentTo?: 'phone' | 'user_id';
  /** Outbound only: the send request's key, the template used, the latest status. */
  idempotencyKey?: string | null;
  templateId?: string;
  status?: 'accepted' | DeliveryStatus;
  errors?: WebhookError[];
  /** Outbound only: accepted, but it will fail and never reach the customer. */
  undeliverable?: boolean;
  /** Inbound only: whether the business marked it read. */
  readByBusiness?: boolean;
}

type Common = Pick<StoredMessage, 'id' | 'waId' | 'phoneNumberId' | 'type' | 'text' | 'at'> &
  Partial<Pick<StoredMessage, 'preview' | 'content' | 'contextId'>>;
export type OutboundInput = Common & {
  to: string;
  sentTo: 'phone' | 'user_id';
  userId: string;
  idempotencyKey: string | null;
  templateId?: string;
  undeliverable?: boolean;
};
export type InboundInput = Common;

/** The sandbox's memory: what each customer's phone shows, and every message the business sent. */
export class SandboxStore {
  private readonly conversations = new Map<string, StoredMessage[]>();
  private readonly outbound: StoredMessage[] = [];
  private readonly byId = new Map<string, StoredMessage>();
  private readonly byIdempotencyKey = new Map<string, StoredMessage>();
  private readonly names = new Map<string, string>();

  recordInbound(input: InboundInput): StoredMessage {
    return this.add({ preview: input.text, content: {}, ...input, direction: 'inbound' });
  }

  recordOutbound(input: OutboundInput): StoredMessage {
    const message = this.add({
      preview: input.text,
      content: {},
      ...input,
      direction: 'outbound',
      status: 'accepted',
    });
    this.outbound.push(message);
    if (input.idempotencyKey !== null)
      this.byIdempotencyKey.set(idempotencyIndex(input.phoneNumberId, input.idempotencyKey), message);
    return message;
  }

  /** An earlier send with this Idempotency-Key from the same number. */
  findByIdempotencyKey(phoneNumberId: string, key: string): StoredMessage | undefined {
    return this.byIdempotencyKey.get(idempotencyIndex(phoneNumberId, key));
  }

  find(id: string): StoredMessage | undefined {
    return this.byId.get(id);
  }

  setStatus(id: string, status: DeliveryStatus, errors?: WebhookError[]): void {
    const message = this.byId.get(id);
    if (!message) return;
    message.status = status;
    if (errors) message.errors = errors;
  }

  /** Everything the customer's phone shows, oldest first: what they sent and what reached them. */
  conversation(waId: string): StoredMessage[] {
    return (this.conversations.get(waId) ?? []).filter(
      (message) => message.status !== 'failed' && !message.undeliverable,
    );
  }

  outboundSince(since: Date | undefined): StoredMessage[] {
    return since === undefined ? [...this.outbound] : this.outbound.filter((message) => message.at >= since);
  }

  /** The customer's profile name: the last one given, else a stable placeholder. */
  customerName(waId: string, given?: string): string {
    if (given !== undefined) this.names.set(waId, given);
    return this.names.get(waId) ?? `Customer ${waId.slice(-4)}`;
  }

  /** The customer changed phone number: their conversation and name follow them to the new one. */
  renameCustomer(waId: string, newWaId: string): void {
    const moved = this.conversations.get(waId) ?? [];
    for (const message of moved) message.waId = newWaId;
    this.conversations.set(newWaId, [...(this.conversations.get(newWaId) ?? []), ...moved]);
    this.conversations.delete(waId);
    const name = this.names.get(waId);
    if (name !== undefined) this.names.set(newWaId, name);
    this.names.delete(waId);
  }

  private add(message: StoredMessage): StoredMessage {
    const conversation = this.conversations.get(message.waId) ?? [];
    conversation.push(message);
    this.conversations.set(message.waId, conversation);
    this.byId.set(message.id, message);
    return message;
  }
}

function idempotencyIndex(phoneNumberId: string, key: string): string {
  return `${phoneNumberId}\u0000${key}`;
}
