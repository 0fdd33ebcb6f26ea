import type { FlowAnalytics } from '@parley/contracts';
import type { NodeOverlay } from '../canvas/model/canvas-types';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Each node's counts of a version, as the canvas draws them on the node. */
export function analyticsOverlays(nodes: FlowAnalytics['nodes']): Map<string, NodeOverlay> {
  return new Map(
    nodes.map((node) => [
      node.nodeId,
      {
        kind: 'analytics',
        entered: node.entered,
        completed: sum(node.completed),
        dropped: sum(node.dropped),
        waiting: node.waiting,
      },
    ]),
  );
}
