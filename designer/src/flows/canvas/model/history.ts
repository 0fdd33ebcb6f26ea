import type { FlowGraph } from '@parley/workflows/flows';

/** Undo steps kept: older ones are forgotten. */
const maxPast = 100;

/**
 * The canvas's undo and redo: the graphs before (`past`, oldest first) and after (`future`, next
 * first) the one shown. `mergeKey` is the last commit's, so a run of keystrokes in one field is one
 * step; `transientBase` is the graph from before a drag that has not settled yet.
 */
export interface GraphHistory {
  past: FlowGraph[];
  present: FlowGraph;
  future: FlowGraph[];
  mergeKey: string | null;
  transientBase: FlowGraph | null;
}

/** A history holding only this graph. */
export function startHistory(graph: FlowGraph): GraphHistory {
  return { past: [], present: graph, future: [], mergeKey: null, transientBase: null };
}

/** A history that starts again from a graph loaded afresh (undo cannot go back past it). */
export const resetHistory = startHistory;

/**
 * The graph after an edit, as one undo step — or, when `mergeKey` is the last commit's, folded into
 * that step. Clears what could be redone; the same graph changes nothing.
 */
export function commit(h: GraphHistory, graph: FlowGraph, mergeKey?: string): GraphHistory {
  const settled = settle(h);
  if (graph === settled.present) return settled;
  const merge = mergeKey !== undefined && mergeKey === settled.mergeKey;
  return {
    past: merge ? settled.past : pushed(settled.past, settled.present),
    present: graph,
    future: [],
    mergeKey: mergeKey ?? null,
    transientBase: null,
  };
}

/** The graph while a drag goes on: shown, and one undo step with what came before once settled. */
export function transient(h: GraphHistory, graph: FlowGraph): GraphHistory {
  if (graph === h.present) return h;
  return { ...h, present: graph, transientBase: h.transientBase ?? h.present };
}

/** The end of a drag: the graph from before it becomes an undo step, when the drag changed anything. */
export function settle(h: GraphHistory): GraphHistory {
  if (h.transientBase === null) return h;
  if (h.transientBase === h.present) return { ...h, transientBase: null };
  return {
    past: pushed(h.past, h.transientBase),
    present: h.present,
    future: [],
    mergeKey: null,
    transientBase: null,
  };
}

/** Back one step. */
export function undo(h: GraphHistory): GraphHistory {
  const settled = settle(h);
  const previous = settled.past.at(-1);
  if (!previous) return settled;
  return {
    past: settled.past.slice(0, -1),
    present: previous,
    future: [settled.present, ...settled.future],
    mergeKey: null,
    transientBase: null,
  };
}

/** Forward one step again. */
export function redo(h: GraphHistory): GraphHistory {
  const settled = settle(h);
  const [next, ...rest] = settled.future;
  if (!next) return settled;
  return {
    past: pushed(settled.past, settled.present),
    present: next,
    future: rest,
    mergeKey: null,
    transientBase: null,
  };
}

/** Whether there is a step to undo (a drag in progress counts). */
export function canUndo(h: GraphHistory): boolean {
  return settle(h).past.length > 0;
}

/** Whether there is a step to redo (a drag in progress has cleared them). */
export function canRedo(h: GraphHistory): boolean {
  return settle(h).future.length > 0;
}

function pushed(past: readonly FlowGraph[], graph: FlowGraph): FlowGraph[] {
  return [...past, graph].slice(-maxPast);
}
