import { outputPorts, type FlowGraph } from '@parley/workflows/flows';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { moveNodes } from './apply-changes';
import type { MeasuredSizes } from './canvas-types';

/** The size a node not measured yet is laid out with. */
const defaultSize = { width: 260, height: 120 };

const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
};

/**
 * The graph laid out left to right in layers (ELK's layered algorithm), each node's outputs on its
 * right edge in their order, as the cards draw them, so a menu's targets line up beside its
 * buttons, top to bottom. Only positions change.
 * ELK is loaded when first asked for, to stay out of the first bundle.
 */
export async function autoLayout(graph: FlowGraph, sizes: MeasuredSizes): Promise<FlowGraph> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const laidOut = await new ELK().layout(elkGraph(graph, sizes));
  const moves = new Map(
    (laidOut.children ?? []).map((child) => [
      child.id,
      { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) },
    ]),
  );
  return moveNodes(graph, moves);
}

/** ELK's view of the graph: nodes with their sizes and ordered output ports, edges between ports. */
function elkGraph(graph: FlowGraph, sizes: MeasuredSizes): ElkNode {
  const ports = new Map(graph.nodes.map((node) => [node.id, outputPorts(node)]));
  return {
    id: 'flow',
    layoutOptions,
    children: graph.nodes.map((node) => {
      const outputs = ports.get(node.id) ?? [];
      return {
        id: node.id,
        ...(sizes.get(node.id) ?? defaultSize),
        layoutOptions: { 'org.eclipse.elk.portConstraints': 'FIXED_ORDER' },
        // ELK counts port indices clockwise, which on the right side runs top to bottom.
        ports: outputs.map((port, index) => ({
          id: portId(node.id, port),
          width: 1,
          height: 1,
          layoutOptions: {
            'org.eclipse.elk.port.side': 'EAST',
            'org.eclipse.elk.port.index': String(index),
          },
        })),
      };
    }),
    edges: graph.edges
      .filter((edge) => ports.get(edge.source)?.includes(edge.sourcePort) && ports.has(edge.target))
      .map((edge, index) => ({
        // By place, not id: a draft may repeat an edge id (the validator says so) and still be laid out.
        id: `edge-${index}`,
        sources: [portId(edge.source, edge.sourcePort)],
        targets: [edge.target],
      })),
  };
}

/** A port's id in ELK's graph: unique, as flow ids hold no ":". */
const portId = (nodeId: string, port: string) => `${nodeId}:${port}`;
