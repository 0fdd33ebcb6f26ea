// Pure and zod-free (workflow code): what one node's step sees and answers.
import type { BusinessHoursSpec } from '../business-hours.js';
import type {
  FlowCall,
  FlowCallResult,
  FlowContact,
  FlowEffect,
  FlowRunEnd,
  FlowReply,
  LoadedFlow,
} from '../runtime.contract.js';
import type { FlowNode, FlowNodeOf, FlowNodeType } from '../schema/flow-graph.schema.js';

/** What a step reacts to: entering the node, or — for a node it rests in — a reply, its timer, or a call's answer. */
export type StepEvent =
  | { kind: 'enter' }
  | { kind: 'reply'; reply: FlowReply }
  | { kind: 'timeout' }
  | { kind: 'window_closed' }
  | { kind: 'call_result'; result: FlowCallResult };

/** What the step reads: the run's variables and contact, the clock, and the node's own memo while it rests. */
export interface StepContext {
  variables: Readonly<Record<string, string>>;
  contact: FlowContact;
  businessHours: BusinessHoursSpec | null;
  /** Workflow time (deterministic), in ms. */
  now: number;
  windowOpen: boolean;
  /** An idempotency key for the n-th message this step sends. */
  key: (n: number) => string;
  /** Kept between the events of one stay in the node (re-asks, attempts). */
  memo: Readonly<Record<string, number>>;
}

/** What the step decides: effects to perform, variables to set, and where the run goes. */
export interface StepOutcome {
  effects?: FlowEffect[];
  variables?: Record<string, string>;
  /** Tags added or removed, so later conditions see them. */
  tags?: { add?: string[]; remove?: string[] };
  next:
    | { kind: 'port'; port: string }
    /** Rest in the node until a reply, or until `until` (ms; null: as long as the window is open). */
    | { kind: 'wait'; until: number | null; memo?: Record<string, number>; acceptsReplies: boolean }
    | { kind: 'call'; call: FlowCall }
    | { kind: 'end'; end: FlowRunEnd }
    /** Go on in another flow, from the node after its trigger. */
    | { kind: 'switch'; flow: LoadedFlow };
  /** Test runs: what the step saw and decided, for the trace. */
  detail?: unknown;
}

export type NodeStep<T extends FlowNodeType> = (
  node: FlowNodeOf<T>,
  event: StepEvent,
  context: StepContext,
) => StepOutcome;

export type StepTable = { [T in FlowNodeType]: NodeStep<T> };

export type AnyNodeStep = (node: FlowNode, event: StepEvent, context: StepContext) => StepOutcome;
