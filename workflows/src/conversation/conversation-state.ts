// Only the check, not the SDK's schemas: zod would weigh on every workflow the worker caches.
import { checkCapabilities } from '@parley/connector-sdk/capability-check';
import { ApplicationFailure } from '@temporalio/workflow';
import type {
  ConversationState,
  ConversationWorkflowInput,
  HeldMessage,
  InboundMessageSignal,
  SendMessageRequest,
  SlaTimer,
  WindowPolicy,
} from '../conversation.contract.js';
import { FlowSlot } from './flow-slot.js';
import {
  contentOverLimitsFailureType,
  customerServiceWindowMs,
  freeEntryPointWindowMs,
  heldMessageLifetimeMs,
  windowClosedFailureType,
} from '../conversation.contract.js';

/** Signals already handled, kept so that a signal relayed twice is acted on once. */
const rememberedMessageIds = 200;
const defaultPolicy: WindowPolicy = {
  serviceMs: customerServiceWindowMs,
  entryPointMs: freeEntryPointWindowMs,
};

/**
 * The conversation workflow's state, in one place so continue-as-new carries all of it. Time is
 * the workflow's (`Date.now()` is deterministic in workflow code).
 */
export class Conversation {
  readonly id: string;
  private readonly policy: WindowPolicy;
  /** When free-form messages stop being allowed; on channels without a window, when the run may rest. */
  private windowEndsAt: number | null;
  /** The end of the free entry-point window an ad opened (every message free until then; for credits). */
  private entryPointEndsAt: number | null;
  private readonly pending: InboundMessageSignal[];
  private readonly recent: string[];
  private held: HeldMessage[];
  /** The first message of this window still waits for its greeting or away message. */
  automaticReplyDue: boolean;
  /** The running SLA timer: the assignment waiting for its first response. */
  private sla: SlaTimer | null;
  /** Moves whenever the SLA timer starts or stops, so a wait for the next message re-times itself. */
  slaVersion = 0;
  /** The flow running on the conversation, if any (docs/flows.md). */
  readonly flows: FlowSlot;

  constructor(input: ConversationWorkflowInput) {
    this.id = input.conversationId;
    this.policy = input.policy ?? defaultPolicy;
    this.windowEndsAt = input.windowExpiresAt ? Date.parse(input.windowExpiresAt) : null;
    this.entryPointEndsAt = input.entryPointExpiresAt ? Date.parse(input.entryPointExpiresAt) : null;
    this.pending = [...(input.pending ?? [])];
    this.recent = [...(input.recentMessageIds ?? [])];
    this.held = [...(input.held ?? [])];
    this.automaticReplyDue = input.automaticReplyDue ?? false;
    this.sla = input.sla ?? null;
    this.flows = new FlowSlot(input.flow);
  }

  /** An assignment started its SLA timer; a later assignment's replaces an earlier one's. */
  startSla(timer: SlaTimer): void {
    if (this.sla && Date.parse(this.sla.assignedAt) > Date.parse(timer.assignedAt)) return;
    if (this.sla?.assignedAt === timer.assignedAt && this.sla.userId === timer.userId) return;
    this.sla = { ...timer };
    this.slaVersion++;
  }

  /** An agent answered: the first response came, the SLA timer stops. */
  answered(): void {
    if (!this.sla) return;
    this.sla = null;
    this.slaVersion++;
  }

  /** The SLA timer whose deadline has passed, taken (it fires once); undefined when none is due. */
  takeDueSla(): SlaTimer | undefined {
    if (!this.sla || Date.parse(this.sla.deadline) > Date.now()) return undefined;
    const due = this.sla;
    this.sla = null;
    this.slaVersion++;
    return due;
  }

  get unlimited(): boolean {
    return this.policy.serviceMs === null;
  }

  windowOpen(): boolean {
    if (this.unlimited) return true;
    // Messages taken but not yet answered count: an agent's reply that reaches the workflow in
    // the same task as the customer's message finds the window that message opens.
    const ends = Math.max(this.windowEndsAt ?? 0, ...this.pending.map((message) => this.windowOf(message)));
    return ends > Date.now();
  }

  private windowOf(message: InboundMessageSignal): number {
    return Date.parse(message.occurredAt) + (this.policy.serviceMs ?? customerServiceWindowMs);
  }

  /** A customer's message, once: it opens or extends the window from the moment it was sent. */
  receive(message: InboundMessageSignal): void {
    const seen = (m: { messageId: string }) => m.messageId === message.messageId;
    if (this.recent.includes(message.messageId) || this.pending.some(seen)) return;
    this.pending.push(message);
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** A message to take in, or flow work due now (a start, gathered replies, a timeout). */
  hasWork(): boolean {
    return this.hasPending() || (this.flows.active && this.flowDue());
  }

  private flowDue(): boolean {
    const due = this.flows.due(Date.now(), this.windowOpen());
    return due !== null && 'event' in due;
  }

  /** The next message to answer, with the window it opens already applied. */
  next(): InboundMessageSignal | undefined {
    const message = this.pending.shift();
    if (!message) return undefined;
    const wasOpen = this.windowEndsAt !== null && this.windowEndsAt > Date.now();
    const sentAt = Date.parse(message.occurredAt);
    this.windowEndsAt = Math.max(this.windowEndsAt ?? 0, this.windowOf(message));
    if (message.referral)
      this.entryPointEndsAt = Math.max(this.entryPointEndsAt ?? 0, sentAt + this.policy.entryPointMs);
    if (!wasOpen && this.windowEndsAt > Date.now()) this.automaticReplyDue = true;
    this.recent.push(message.messageId);
    if (this.recent.length > rememberedMessageIds) this.recent.shift();
    return message;
  }

  hold(messageId: string): void {
    this.held.push({ messageId, heldAt: new Date().toISOString() });
  }

  /** Held messages a failed delivery gave back: the customer's next message tries them again. */
  returnHeld(entries: HeldMessage[]): void {
    this.held = [...entries, ...this.held];
  }

  takeHeld(): HeldMessage[] {
    const held = this.held;
    this.held = [];
    return held;
  }

  takeExpiredHeld(lifetimeMs: number): HeldMessage[] {
    const cutoff = Date.now() - lifetimeMs;
    const expired = this.held.filter((entry) => Date.parse(entry.heldAt) <= cutoff);
    this.held = this.held.filter((entry) => Date.parse(entry.heldAt) > cutoff);
    return expired;
  }

  /**
   * How long to wait for the next message: to the window's end, else to the oldest held message's
   * expiry — or to the SLA deadline when that comes first; null: done.
   */
  idleWait(): number | null {
    return [this.messageWait(), this.slaWait(), this.flowWait()].reduce<number | null>(
      (soonest, wait) => (wait === null ? soonest : soonest === null ? wait : Math.min(soonest, wait)),
      null,
    );
  }

  private slaWait(): number | null {
    return this.sla ? Math.max(Date.parse(this.sla.deadline) - Date.now(), 1) : null;
  }

  /** The flow's timer (a wait's timeout, a delay, the debounce); none while no flow runs. */
  private flowWait(): number | null {
    if (!this.flows.active) return null;
    const deadline = this.flows.deadline(Date.now(), this.windowOpen());
    return deadline === null ? null : Math.max(deadline - Date.now(), 1);
  }

  private messageWait(): number | null {
    const now = Date.now();
    if (this.windowEndsAt !== null && this.windowEndsAt > now) return this.windowEndsAt - now;
    const oldest = this.held[0];
    if (!oldest) return null;
    return Math.max(Date.parse(oldest.heldAt) + heldMessageLifetimeMs - now, 1);
  }

  /**
   * The `sendMessage` update's validator: a free-form message needs the open window (or a
   * fallback to hold it with), and content must fit the channel. Templates go at any time. Credits
   * are not checked here: a validator does no I/O and the balance is shared by all of an
   * organisation's conversations, so the engine reserves a paid message's credits before the update.
   */
  validate(request: SendMessageRequest): void {
    const freeForm = request.draft.message.type !== 'template';
    if (freeForm && !this.windowOpen() && !request.holdIfClosed) {
      const closedAt = this.windowEndsAt === null ? null : new Date(this.windowEndsAt).toISOString();
      throw ApplicationFailure.create({
        type: windowClosedFailureType,
        message: closedAt
          ? `the customer-service window closed at ${closedAt}; only a template can be sent until the customer writes again`
          : 'the customer has not written in the last 24 hours; only a template can be sent until they do',
        nonRetryable: true,
      });
    }
    const issues = checkCapabilities(request.draft.message, request.capabilities, request.channelName);
    if (issues.length > 0)
      throw ApplicationFailure.create({
        type: contentOverLimitsFailureType,
        message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
        details: [issues],
        nonRetryable: true,
      });
  }

  state(): ConversationState {
    return {
      windowOpen: this.windowOpen(),
      windowExpiresAt:
        this.unlimited || this.windowEndsAt === null ? null : new Date(this.windowEndsAt).toISOString(),
      unlimited: this.unlimited,
      entryPointExpiresAt:
        this.entryPointEndsAt === null ? null : new Date(this.entryPointEndsAt).toISOString(),
      held: [...this.held],
      pendingInbound: this.pending.length,
    };
  }

  /** Everything the next run needs (continue-as-new). */
  carry(): ConversationWorkflowInput {
    return {
      conversationId: this.id,
      policy: this.policy,
      windowExpiresAt: this.windowEndsAt === null ? null : new Date(this.windowEndsAt).toISOString(),
      entryPointExpiresAt:
        this.entryPointEndsAt === null ? null : new Date(this.entryPointEndsAt).toISOString(),
      pending: [...this.pending],
      recentMessageIds: [...this.recent],
      held: [...this.held],
      automaticReplyDue: this.automaticReplyDue,
      ...(this.sla ? { sla: { ...this.sla } } : {}),
      ...(this.flows.active ? { flow: this.flows.carry() } : {}),
    };
  }
}
