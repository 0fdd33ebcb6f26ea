import type { FlowGraph, FlowNodeType } from '@parley/workflows/flows';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode, type RefObject } from 'react';
import '../../styles/flow-canvas.css';
import { canConnect } from './model/connection-rules';
import type { CanvasEdge, CanvasNode, CanvasView, MeasuredSizes } from './model/canvas-types';
import { toCanvasEdges, toCanvasNodes } from './model/to-canvas';
import { FlowNodeCard } from './node-card/FlowNodeCard';
import { paletteMime } from './palette-mime';
import { useCanvasAria, useNodeLabel } from './use-canvas-aria';

/** React Flow's node types, at module scope so they keep their identity between renders. */
const nodeTypes = { flow: FlowNodeCard };
const snapGrid: [number, number] = [20, 20];
/** Fitting never zooms in past 100 %, so a small flow keeps readable cards. */
const fitViewOptions = { padding: 0.15, maxZoom: 1 };

export interface FlowCanvasProps {
  graph: FlowGraph;
  view: Omit<CanvasView, 'measured'>;
  /** In a diff: the edges only one side has. */
  edgeChanges?: ReadonlyMap<string, 'added' | 'removed'>;
  /** What the canvas is, for screen readers ("Canvas of the draft"). */
  label: string;
  /** Nodes moved: while dragging (`dragging`), or once (arrow keys, the drag's end). */
  onMove?: (moves: ReadonlyMap<string, { x: number; y: number }>, dragging: boolean) => void;
  onRemove?: (nodeIds: string[], edgeIds: string[]) => void;
  onConnect?: (connection: Connection) => void;
  /** Nodes or edges React Flow selected (true) or deselected (false), by id. */
  onSelect?: (kind: 'nodes' | 'edges', updates: ReadonlyMap<string, boolean>) => void;
  /** A palette item dropped on the canvas, at that point of the flow. */
  onDropType?: (type: FlowNodeType, at: { x: number; y: number }) => void;
  onInit?: (instance: ReactFlowInstance<CanvasNode, CanvasEdge>) => void;
  /** The sizes React Flow measured, for the auto-layout. */
  sizesRef?: RefObject<MeasuredSizes>;
  children?: ReactNode;
}

/**
 * React Flow over a flow graph: nodes and edges are rebuilt from the graph (and reused while
 * unchanged), every change goes back to the caller as a graph operation. Read-only when the view
 * says so (versions, analytics).
 */
export function FlowCanvas(props: FlowCanvasProps) {
  const { graph, view } = props;
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const aria = useCanvasAria();
  const [measured, setMeasured] = useState<MeasuredSizes>(() => new Map());
  const nodeCache = useRef(new Map<string, CanvasNode>());
  const edgeCache = useRef(new Map<string, CanvasEdge>());

  const { sizesRef } = props;
  useEffect(() => {
    if (sizesRef) sizesRef.current = measured;
  }, [sizesRef, measured]);
  const nodeLabel = useNodeLabel();
  const nodes = useMemo(
    () => toCanvasNodes(graph, { ...view, measured, nodeLabel }, nodeCache.current),
    [graph, view, measured, nodeLabel],
  );
  const edges = useMemo(
    () =>
      toCanvasEdges(graph, view, props.edgeChanges, edgeCache.current).map((edge) =>
        edge.data?.change ? { ...edge, className: `flow-edge--${edge.data.change}` } : edge,
      ),
    [graph, view, props.edgeChanges],
  );

  const onNodesChange = (changes: NodeChange<CanvasNode>[]) => {
    const moves = new Map<string, { x: number; y: number }>();
    let dragging = false;
    let sizes: Map<string, { width: number; height: number }> | null = null;
    const selection = new Map<string, boolean>();
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        moves.set(change.id, change.position);
        dragging ||= change.dragging === true;
      } else if (change.type === 'dimensions' && change.dimensions) {
        sizes ??= new Map(measured);
        sizes.set(change.id, change.dimensions);
      } else if (change.type === 'select') {
        selection.set(change.id, change.selected);
      }
    }
    if (sizes) setMeasured(sizes);
    if (moves.size > 0) props.onMove?.(moves, dragging);
    if (selection.size > 0) props.onSelect?.('nodes', selection);
  };

  const onEdgesChange = (changes: EdgeChange<CanvasEdge>[]) => {
    const selection = new Map<string, boolean>();
    for (const change of changes) if (change.type === 'select') selection.set(change.id, change.selected);
    if (selection.size > 0) props.onSelect?.('edges', selection);
  };

  const onDrop = (e: DragEvent) => {
    const type = e.dataTransfer.getData(paletteMime);
    if (!type || !props.onDropType) return;
    e.preventDefault();
    props.onDropType(type as FlowNodeType, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  };

  return (
    <div
      className="flow-canvas"
      data-testid="flow-canvas"
      onDragOver={(e) => {
        if (!props.onDropType || !e.dataTransfer.types.includes(paletteMime)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={onDrop}
    >
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={props.onConnect}
        onDelete={({ nodes: removed, edges: cut }) =>
          props.onRemove?.(
            removed.map((node) => node.id),
            cut.map((edge) => edge.id),
          )
        }
        isValidConnection={(connection) =>
          canConnect(graph, {
            source: connection.source,
            sourceHandle: connection.sourceHandle ?? null,
            target: connection.target,
            targetHandle: connection.targetHandle ?? null,
          })
        }
        onInit={props.onInit}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.1}
        maxZoom={2}
        snapToGrid
        snapGrid={snapGrid}
        deleteKeyCode={view.readOnly ? null : ['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        nodesDraggable={!view.readOnly}
        nodesConnectable={!view.readOnly}
        edgesReconnectable={false}
        aria-label={props.label}
        ariaLabelConfig={aria}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={snapGrid[0]} />
        <MiniMap pannable zoomable />
        <Controls showInteractive={false} />
        {props.children}
      </ReactFlow>
    </div>
  );
}
