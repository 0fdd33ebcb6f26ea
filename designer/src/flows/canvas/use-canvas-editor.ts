import type { FlowGraph, FlowNode, FlowNodeType, FlowValidationContext } from '@parley/workflows/flows';
import type { Connection } from '@xyflow/react';
import { useRef, useState } from 'react';
import { addNode, connect, moveNodes, removeElements, replaceNode, setTerminal } from './model/apply-changes';
import { copyFragment, duplicateNodes, fragmentText, pasteFragment, readFragment } from './model/clipboard';
import {
  canRedo,
  canUndo,
  commit,
  redo,
  resetHistory,
  settle,
  startHistory,
  transient,
  undo,
  type GraphHistory,
} from './model/history';
import { autoLayout } from './model/layout';
import { createNode, type NodeWords } from './model/node-defaults';
import type { MeasuredSizes } from './model/canvas-types';
import { withUpdates } from './model/selection';

export interface CanvasSelection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const nothing: CanvasSelection = { nodes: new Set(), edges: new Set() };
/** Where pasted and duplicated nodes go, from the originals. */
const pasteOffset = { x: 40, y: 40 };

/**
 * The graph as the canvas edits it, with undo and redo, and what is selected. Every finished
 * change (not each frame of a drag) goes to `onChange`, which saves the draft.
 */
export function useCanvasEditor(initial: FlowGraph, onChange: (graph: FlowGraph) => void) {
  const [history, setHistory] = useState(() => startHistory(initial));
  const [selection, setSelection] = useState<CanvasSelection>(nothing);
  const ref = useRef(history);

  const update = (step: (h: GraphHistory) => GraphHistory) => {
    const previous = ref.current;
    const next = step(previous);
    if (next === previous) return;
    ref.current = next;
    setHistory(next);
    const finished = next.transientBase === null;
    if (finished && (next.present !== previous.present || previous.transientBase !== null))
      onChange(next.present);
  };
  const change = (edit: (graph: FlowGraph) => FlowGraph, mergeKey?: string) =>
    update((h) => commit(h, edit(h.present), mergeKey));
  const selectNodes = (ids: Iterable<string>) => setSelection({ nodes: new Set(ids), edges: new Set() });

  return {
    graph: history.present,
    /** The graph before the drag going on, for checks that positions don't change. */
    settledGraph: history.transientBase ?? history.present,
    selection,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    setSelection,
    selectNodes,
    /** React Flow's clicks and box selections, applied to the selection as it is by then. */
    select(kind: 'nodes' | 'edges', updates: ReadonlyMap<string, boolean>) {
      setSelection((current) => {
        const next = withUpdates(current[kind], updates);
        return next === current[kind] ? current : { ...current, [kind]: next };
      });
    },
    move(moves: ReadonlyMap<string, { x: number; y: number }>, dragging: boolean) {
      update((h) => {
        const moved = transient(h, moveNodes(h.present, moves));
        return dragging ? moved : settle(moved);
      });
    },
    remove(nodeIds: Iterable<string>, edgeIds: Iterable<string>) {
      change((graph) => removeElements(graph, nodeIds, edgeIds));
      setSelection(nothing);
    },
    removeSelected() {
      this.remove(selection.nodes, selection.edges);
    },
    connect(connection: Connection) {
      change((graph) => connect(graph, connection));
    },
    /** Adds a node of `type` at `at`, selected; false when the organisation lacks what it needs. */
    add(
      type: FlowNodeType,
      at: { x: number; y: number },
      words: NodeWords,
      context: FlowValidationContext | undefined,
      flowId: string,
    ): boolean {
      const node = createNode(type, at, ref.current.present, words, context, { currentFlowId: flowId });
      if (!node) return false;
      change((graph) => addNode(graph, node));
      selectNodes([node.id]);
      return true;
    },
    /** From the properties: an output to another node, or cut (`null`). */
    connectOutput(nodeId: string, port: string, target: string | null) {
      change((graph) =>
        target === null
          ? removeElements(
              graph,
              [],
              graph.edges
                .filter((edge) => edge.source === nodeId && edge.sourcePort === port)
                .map((edge) => edge.id),
            )
          : connect(graph, { source: nodeId, sourceHandle: port, target }),
      );
    },
    replace(node: FlowNode, mergeKey: string) {
      change((graph) => replaceNode(graph, node), mergeKey);
    },
    setTerminal(nodeId: string, port: string, terminal: boolean) {
      change((graph) => setTerminal(graph, nodeId, port, terminal));
    },
    updateSettings(settings: FlowGraph['settings'], mergeKey: string) {
      change((graph) => ({ ...graph, settings }), mergeKey);
    },
    undo: () => update(undo),
    redo: () => update(redo),
    /** The selected nodes as schema JSON for the clipboard; null when none is selected. */
    copyText(): string | null {
      if (selection.nodes.size === 0) return null;
      return fragmentText(copyFragment(ref.current.present, selection.nodes));
    },
    /** Pastes nodes copied from this or another flow; false when the text holds none. */
    paste(text: string): boolean {
      const fragment = readFragment(text);
      if (!fragment) return false;
      const { graph, pasted } = pasteFragment(ref.current.present, fragment, pasteOffset);
      change(() => graph);
      selectNodes(pasted);
      return true;
    },
    duplicate() {
      if (selection.nodes.size === 0) return;
      const { graph, pasted } = duplicateNodes(ref.current.present, selection.nodes, pasteOffset);
      change(() => graph);
      selectNodes(pasted);
    },
    selectAll() {
      setSelection({
        nodes: new Set(ref.current.present.nodes.map((node) => node.id)),
        edges: new Set(ref.current.present.edges.map((edge) => edge.id)),
      });
    },
    async layout(sizes: MeasuredSizes) {
      const laidOut = await autoLayout(ref.current.present, sizes);
      change(() => laidOut);
    },
    /** Starts again from a graph read afresh (Reload after a conflict): the history is dropped. */
    reset(graph: FlowGraph) {
      const next = resetHistory(graph);
      ref.current = next;
      setHistory(next);
      setSelection(nothing);
    },
  };
}

export type CanvasEditor = ReturnType<typeof useCanvasEditor>;
