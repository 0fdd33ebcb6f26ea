import type { FlowGraph } from '@parley/workflows/flows';
import { ReactFlowProvider } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FlowCanvas } from './FlowCanvas';
import type { CanvasView, NodeOverlay } from './model/canvas-types';
import { withUpdates } from './model/selection';

interface Props {
  graph: FlowGraph;
  overlays: ReadonlyMap<string, NodeOverlay>;
  edgeChanges?: ReadonlyMap<string, 'added' | 'removed'>;
  testId: string;
}

const none: ReadonlyMap<string, readonly never[]> = new Map<string, never[]>();

/** A flow drawn to look at, not edit: a version with its counts, or a diff of two. Nodes can be selected to find them. */
export function ReadOnlyCanvas({ graph, overlays, edgeChanges, testId }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const view = useMemo<Omit<CanvasView, 'measured'>>(
    () => ({
      selectedNodes: selected,
      selectedEdges: new Set(),
      problems: none,
      overlays,
      activeNodeId: null,
      readOnly: true,
    }),
    [selected, overlays],
  );
  return (
    <div className="flow-canvas-view" data-testid={testId}>
      <ReactFlowProvider>
        <FlowCanvas
          graph={graph}
          view={view}
          edgeChanges={edgeChanges}
          label={t('flowCanvas.readOnlyLabel')}
          onSelect={(kind, updates) => {
            if (kind === 'nodes') setSelected((current) => withUpdates(current, updates));
          }}
        />
      </ReactFlowProvider>
    </div>
  );
}
