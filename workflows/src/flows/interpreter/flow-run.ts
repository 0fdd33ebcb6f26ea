// Pure and zod-free (workflow code): one run of a flow, advanced node by node.
import type { BusinessHoursSpec } from '../business-hours.js';
import { followEdge } from '../ports.js';
import type {
  FlowCall,
  FlowContact,
  FlowDropReason,
  FlowEffect,
  FlowReply,
  FlowRunEnd,
  FlowStepRecord,
  LoadedFlow,
} from '../runtime.contract.js';
import type { FlowGraph, FlowNode } from '../schema/flow-graph.schema.js';
import { sameTag } from './conditions.js';
import type { StepContext, StepEvent, StepOutcome } from './step.types.js';
import { stepOf } from './steps/index.js';

/** A run's whole state: plain data, carried by continue-as-new. Times are workflow time in ms. */
export interface FlowRunState {
  runId: string;
  test: boolean;
  flow: LoadedFlow;
  nodeId: string;
  enteredAt: number;
  memo: Record<string, number>;
  /** Resting in the node: until a reply (when it takes them) or `until`. */
  waiting: { until: number | null; acceptsReplies: boolean } | null;
  variables: Record<string, string>;
  contact: FlowContact;
  businessHours: BusinessHoursSpec | null;
  /** Nodes entered so far (the step budget counts them). */
  steps: number;
  /** The next step record's number. */
  seq: number;
  /** Replies gathered while resting, not yet acted on (the debounce). */
  inbox: { reply: FlowReply; at: number }[];
}

/** What one turn asks the engine to do: effects in order, then the call (if any); and where the run rests. */
export interface TurnPlan {
  effects: FlowEffect[];
  records: FlowStepRecord[];
  call?: FlowCall;
  end?: FlowRunEnd;
}

export function startRun(input: {
  runId: string;
  test: boolean;
  flow: LoadedFlow;
  contact: FlowContact;
  businessHours: BusinessHoursSpec | null;
  lastReply: string | null;
  now: number;
}): FlowRunState {
  const trigger = input.flow.graph.nodes.find((node) => node.type === 'trigger');
  return {
    runId: input.runId,
    test: input.test,
    flow: input.flow,
    nodeId: trigger?.id ?? '',
    enteredAt: input.now,
    memo: {},
    waiting: null,
    variables: input.lastReply === null ? {} : { last_reply: input.lastReply },
    contact: { ...input.contact, tags: [...input.contact.tags] },
    businessHours: input.businessHours,
    steps: 0,
    seq: 0,
    inbox: [],
  };
}

/**
 * Runs from the current node until the run rests (a wait), needs a call's answer, or ends. Each
 * node is one pure step; this only applies what the steps decide and records each node left. A
 * run over its step budget stops with `step_budget`.
 */
export function advance(
  run: FlowRunState,
  first: StepEvent,
  env: { now: number; windowOpen: boolean },
): TurnPlan {
  const plan: TurnPlan = { effects: [], records: [] };
  let event = first;
  for (;;) {
    const node = nodeById(run.flow.graph, run.nodeId);
    if (!node)
      return finish(run, plan, env.now, null, {
        status: 'dropped',
        reason: 'failed',
        detail: `node ${run.nodeId} is missing`,
      });
    if (event.kind === 'enter') {
      run.steps += 1;
      if (run.steps > run.flow.graph.settings.stepBudget)
        return finish(run, plan, env.now, null, {
          status: 'dropped',
          reason: 'step_budget',
          detail: `stopped after ${run.flow.graph.settings.stepBudget} steps: the flow loops without end`,
        });
    }
    const outcome = stepOf(node)(node, event, context(run, env));
    apply(run, outcome);
    plan.effects.push(...(outcome.effects ?? []));
    const trace = run.test
      ? {
          input: event,
          output: outcome.next,
          effects: outcome.effects ?? [],
          ...(outcome.detail ? { detail: outcome.detail } : {}),
        }
      : undefined;
    const next = outcome.next;
    switch (next.kind) {
      case 'wait':
        run.waiting = { until: next.until, acceptsReplies: next.acceptsReplies };
        run.memo = next.memo ?? {};
        return plan;
      case 'call':
        run.waiting = null;
        plan.call = next.call;
        return plan;
      case 'end':
        return finish(run, plan, env.now, null, next.end, trace);
      case 'switch': {
        plan.records.push(record(run, node, env.now, null, undefined, trace));
        run.flow = next.flow;
        const trigger = next.flow.graph.nodes.find((candidate) => candidate.type === 'trigger');
        const target = trigger && followEdge(next.flow.graph, trigger.id, 'next');
        if (!target) return finish(run, plan, env.now, null, { status: 'completed' }, undefined, false);
        enter(run, target, env.now);
        event = { kind: 'enter' };
        continue;
      }
      case 'port': {
        const target = followEdge(run.flow.graph, node.id, next.port);
        if (!target) {
          const reason: FlowDropReason = next.port === 'timeout' ? 'timeout' : 'terminal_port';
          return finish(
            run,
            plan,
            env.now,
            next.port,
            { status: 'dropped', reason, detail: `ended at the unconnected output "${next.port}"` },
            trace,
          );
        }
        plan.records.push(record(run, node, env.now, next.port, undefined, trace));
        enter(run, target, env.now);
        event = { kind: 'enter' };
      }
    }
  }
}

function context(run: FlowRunState, env: { now: number; windowOpen: boolean }): StepContext {
  const seq = run.seq;
  return {
    variables: run.variables,
    contact: run.contact,
    businessHours: run.businessHours,
    now: env.now,
    windowOpen: env.windowOpen,
    key: (n) => `flow:${run.runId}:${seq}:${n}`,
    memo: run.memo,
  };
}

function apply(run: FlowRunState, outcome: StepOutcome) {
  if (outcome.variables) Object.assign(run.variables, outcome.variables);
  if (outcome.tags) {
    const removed = outcome.tags.remove ?? [];
    const kept = run.contact.tags.filter((tag) => !removed.some((gone) => sameTag(tag, gone)));
    const added = (outcome.tags.add ?? []).filter((tag) => !kept.some((have) => sameTag(tag, have)));
    run.contact.tags = [...kept, ...added];
  }
}

function enter(run: FlowRunState, nodeId: string, now: number) {
  run.nodeId = nodeId;
  run.enteredAt = now;
  run.memo = {};
  run.waiting = null;
}

function record(
  run: FlowRunState,
  node: FlowNode,
  now: number,
  port: string | null,
  dropReason?: FlowDropReason,
  trace?: FlowStepRecord['trace'],
): FlowStepRecord {
  return {
    seq: run.seq++,
    versionId: run.flow.versionId,
    nodeId: node.id,
    nodeType: node.type,
    enteredAt: new Date(run.enteredAt).toISOString(),
    exitedAt: new Date(now).toISOString(),
    port,
    ...(dropReason ? { dropReason } : {}),
    ...(trace ? { trace } : {}),
  };
}

/** The run ends in its current node: the node's record carries the drop, if it was one. */
function finish(
  run: FlowRunState,
  plan: TurnPlan,
  now: number,
  port: string | null,
  end: FlowRunEnd,
  trace?: FlowStepRecord['trace'],
  recordNode = true,
): TurnPlan {
  const node = nodeById(run.flow.graph, run.nodeId);
  if (recordNode && node)
    plan.records.push(record(run, node, now, port, end.status === 'dropped' ? end.reason : undefined, trace));
  run.waiting = null;
  plan.end = end;
  return plan;
}

function nodeById(graph: FlowGraph, id: string): FlowNode | undefined {
  return graph.nodes.find((node) => node.id === id);
}
