import type { FlowNode, FlowProblem } from '@parley/workflows/flows';
import type { Edge, Node } from '@xyflow/react';

/** The one input every node but the trigger has. */
export const inputHandle = 'in';

/** What the canvas draws over a node besides its problems: a version's counts or its diff. */
export type NodeOverlay =
  | { kind: 'analytics'; entered: number; completed: number; dropped: number; waiting: number }
  | { kind: 'diff'; change: 'added' | 'changed' | 'removed' };

/**
 * A node as React Flow draws it: the schema's node (never a copy with callbacks), its output ports
 * in order, and what the canvas shows on it. Built by `toCanvasNodes` from the graph each render;
 * never stored.
 */
export interface FlowNodeData extends Record<string, unknown> {
  node: FlowNode;
  ports: readonly string[];
  /** Ports listed in `terminalPorts` or with an edge: the rest show as open. */
  connectedPorts: ReadonlySet<string>;
  problems: readonly FlowProblem[];
  overlay: NodeOverlay | null;
  /** Where a test run rests or just passed. */
  active: boolean;
  /** A read-only canvas (versions, analytics): no handles to drag from. */
  readOnly: boolean;
}

export type CanvasNode = Node<FlowNodeData, 'flow'>;
export interface FlowEdgeData extends Record<string, unknown> {
  port: string;
  /** In a diff: an edge only in one side. */
  change: 'added' | 'removed' | null;
}
export type CanvasEdge = Edge<FlowEdgeData>;

/** Sizes React Flow measured, kept by the canvas so rebuilt nodes keep them. */
export type MeasuredSizes = ReadonlyMap<string, { width: number; height: number }>;

/** What the canvas shows besides the graph itself. */
export interface CanvasView {
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  problems: ReadonlyMap<string, readonly FlowProblem[]>;
  overlays: ReadonlyMap<string, NodeOverlay>;
  activeNodeId: string | null;
  readOnly: boolean;
  measured: MeasuredSizes;
  /** A node's name for screen readers (its type and label, in the admin's language). */
  nodeLabel?: (node: FlowNode) => string;
}
