// What the conversation workflow's flow interpreter and the engine's flow activities agree on.
// Zod-free: workflow code imports it.
import type { BusinessHoursSpec } from './business-hours.js';
import type { FlowGraph } from './schema/flow-graph.schema.js';
import type { AssignNode } from './schema/nodes/assign.node.js';
import type { HttpRequestNode } from './schema/nodes/http-request.node.js';

/** A message a flow sends, its placeholders already filled in; the engine makes the channel's message of it. */
export type FlowOutbound =
  | { type: 'text'; text: string }
  | {
      type: 'media';
      media: 'image' | 'video' | 'audio' | 'document';
      fileId?: string;
      link?: string;
      caption?: string;
    }
  | {
      type: 'reply_buttons';
      body: string;
      header?: string;
      footer?: string;
      buttons: { id: string; title: string }[];
    }
  | {
      type: 'list';
      body: string;
      header?: string;
      footer?: string;
      buttonLabel: string;
      sectionTitle?: string;
      rows: { id: string; title: string; description?: string }[];
    }
  | { type: 'cta_url'; body: string; header?: string; footer?: string; displayText: string; url: string }
  | {
      type: 'template';
      name: string;
      language: string;
      bodyParameters: string[];
      headerParameters: string[];
    };

/** Side effects a step asks for, performed in order by the `flowTurn` activity. */
export type FlowEffect =
  | {
      kind: 'send';
      /** Idempotency key of the message: the same turn retried sends once. */
      key: string;
      message: FlowOutbound;
      /** The window is closed (the workflow knows): free-form content goes by the fallback template and is held. */
      windowOpen: boolean;
    }
  | { kind: 'tag'; action: 'add' | 'remove'; tag: string }
  /** Hands the conversation to people through routing; the run ends as `assigned`. */
  | { kind: 'assign'; target: AssignNode['target'] }
  | { kind: 'close' };

/** Work whose answer the next step needs: runs after the turn's effects. */
export type FlowCall =
  | {
      kind: 'http';
      request: Pick<HttpRequestNode, 'method' | 'headers' | 'timeoutMs' | 'responseMap'> & {
        url: string;
        body?: string;
      };
    }
  | { kind: 'load_flow'; flowId: string };

export type FlowCallResult =
  | {
      kind: 'http';
      ok: boolean;
      /** 0 when no answer came (refused host, timeout, network). */
      status: number;
      /** The mapped response fields, as text. */
      values: Record<string, string>;
      error?: string;
    }
  | { kind: 'load_flow'; flow: LoadedFlow | null };

/** A published version to run: pinned for the rest of the run. */
export interface LoadedFlow {
  flowId: string;
  versionId: string;
  /** Null for a test run's draft. */
  version: number | null;
  graph: FlowGraph;
}

/** Why a run stopped short of its end. */
export const flowDropReasons = [
  'timeout',
  'window_closed',
  'handoff',
  'step_budget',
  'failed',
  /** An output marked terminal was taken. */
  'terminal_port',
] as const;
export type FlowDropReason = (typeof flowDropReasons)[number];

/** A node the run left (or is in, when `exitedAt` is null): what analytics and traces are made of. */
export interface FlowStepRecord {
  /** Position in the run, from 0. */
  seq: number;
  versionId: string;
  nodeId: string;
  nodeType: string;
  enteredAt: string;
  exitedAt: string;
  /** The output taken; null when the run stopped in the node. */
  port: string | null;
  dropReason?: FlowDropReason;
  /** Test runs only: what the step saw and did. */
  trace?: { input?: unknown; output?: unknown; effects?: unknown };
}

export interface FlowRunEnd {
  status: 'completed' | 'assigned' | 'dropped';
  reason?: FlowDropReason;
  /** A message for people: why it was dropped ("no step budget left after 200 steps"). */
  detail?: string;
}

export interface FlowTurnInput {
  conversationId: string;
  runId: string;
  effects: FlowEffect[];
  records: FlowStepRecord[];
  call?: FlowCall;
  /** Where the run rests after this turn (null when it ends). */
  resting: { nodeId: string; versionId: string; since: string; until: string | null } | null;
  end?: FlowRunEnd;
  maxAttempts: number;
}

export interface FlowTurnResult {
  /**
   * The run may not go on: a person owns the conversation (`handoff`), or the run was stopped or
   * is unknown (`inactive`). The effects from the first refused send on were not performed.
   */
  stopped?: 'handoff' | 'inactive';
  /** A send that could not go because the window is closed and no fallback template could: the run drops. */
  windowClosed?: boolean;
  callResult?: FlowCallResult;
  /**
   * Messages the window being closed made wait (the fallback template went instead): the workflow
   * holds them, to send once the customer answers — as it does an agent's.
   */
  held?: string[];
}

export interface StartFlowInput {
  conversationId: string;
  runId: string;
}

/** What a run needs to start: the pinned graph and what its conditions read. */
export type StartFlowResult =
  | {
      ok: true;
      flow: LoadedFlow;
      contact: FlowContact;
      businessHours: BusinessHoursSpec | null;
      /** A test run from the editor: steps are traced in detail and left out of analytics. */
      test: boolean;
    }
  | { ok: false };

export interface FlowContact {
  name: string | null;
  phone: string | null;
  language: string | null;
  tags: string[];
}

/** The customer's reply as the flow sees it (signals carry it while a flow runs on the conversation). */
export interface FlowReply {
  /** The normalized message type (`text`, `interactive_reply`, `image`…). */
  type: string;
  text: string | null;
  /** The id of the tapped button or list row (or a template button's payload). */
  payload: string | null;
}

export interface FlowActivities {
  startFlow(input: StartFlowInput): Promise<StartFlowResult>;
  flowTurn(input: FlowTurnInput): Promise<FlowTurnResult>;
}

/** Button and row ids as sent to the channel: a tap names the node and the option. */
export function flowOptionId(nodeId: string, optionId: string): string {
  return `flow:${nodeId}:${optionId}`;
}
