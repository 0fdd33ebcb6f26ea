// The conversation workflow's flow run (docs/flows.md): at most one at a time, with the replies
// gathered for it and the runs the engine asked to start. Plain data, carried by continue-as-new.
import type { FlowRunState } from '../flows/interpreter/flow-run.js';
import type { StepEvent } from '../flows/interpreter/step.types.js';
import type { FlowReply } from '../flows/runtime.contract.js';

export interface FlowRequest {
  runId: string;
  /** The text of the message that started it (the flow's `last_reply`). */
  text: string | null;
}

export interface FlowSlotCarry {
  run: FlowRunState | null;
  requests: FlowRequest[];
}

/** What the run should act on now; `wait` with the moment to look again (a debounce). */
export type FlowDue = { event: StepEvent; replies: number } | { wait: number } | null;

export class FlowSlot {
  run: FlowRunState | null;
  private requests: FlowRequest[];

  constructor(carry?: FlowSlotCarry) {
    this.run = carry?.run ?? null;
    this.requests = [...(carry?.requests ?? [])];
  }

  /** The engine started a run: taken once per run id (the relay may deliver twice). */
  request(runId: string, text: string | null): void {
    if (this.run?.runId === runId || this.requests.some((request) => request.runId === runId)) return;
    this.requests.push({ runId, text });
  }

  takeRequest(): FlowRequest | undefined {
    return this.requests.shift();
  }

  /** A run is going or about to: the customer's messages are for it, and no greeting answers them. */
  get active(): boolean {
    return this.run !== null || this.requests.length > 0;
  }

  /** A customer's message for the run, gathered until it acts (taps act at once; typed text after the debounce). */
  deliver(reply: FlowReply | undefined, at: number): void {
    if (!this.run) return;
    this.run.inbox.push({ reply: reply ?? { type: 'unknown', text: null, payload: null }, at });
  }

  /** What is due at `now`: a start, the gathered replies, the wait's timeout, or the window's close. */
  due(now: number, windowOpen: boolean): FlowDue {
    if (this.requests.length > 0) return { event: { kind: 'enter' }, replies: 0 };
    const run = this.run;
    if (!run?.waiting) return null;
    const { inbox, waiting } = run;
    if (inbox.length > 0) {
      if (!waiting.acceptsReplies)
        return { event: { kind: 'reply', reply: inbox.at(-1)!.reply }, replies: inbox.length };
      const tap = inbox.find((item) => item.reply.payload);
      if (tap) return { event: { kind: 'reply', reply: tap.reply }, replies: inbox.length };
      const quietAt = inbox.at(-1)!.at + run.flow.graph.settings.debounceMs;
      if (quietAt > now) return { wait: quietAt };
      const text = inbox
        .map((item) => item.reply.text ?? '')
        .filter((part) => part !== '')
        .join('\n');
      const first = inbox[0]!.reply;
      return {
        event: { kind: 'reply', reply: { type: first.type, text: text || null, payload: null } },
        replies: inbox.length,
      };
    }
    if (waiting.until !== null && waiting.until <= now) return { event: { kind: 'timeout' }, replies: 0 };
    if (waiting.until === null && !windowOpen) return { event: { kind: 'window_closed' }, replies: 0 };
    return null;
  }

  /** When to look again without a message: the wait's timeout or the debounce; null when nothing is timed. */
  deadline(now: number, windowOpen: boolean): number | null {
    const due = this.due(now, windowOpen);
    if (due && 'event' in due) return now;
    if (due && 'wait' in due) return due.wait;
    return this.run?.waiting?.until ?? null;
  }

  carry(): FlowSlotCarry {
    return { run: this.run, requests: [...this.requests] };
  }
}
