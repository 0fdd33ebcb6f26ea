import type { FlowGraph } from '@parley/workflows/flows';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffOverlay } from '../canvas/model/graph-diff-overlay';
import { ReadOnlyCanvas } from '../canvas/ReadOnlyCanvas';

/** The diff on the canvas: what was added, changed and removed, marked on the nodes and edges. */
export function DiffCanvas({ before, after }: { before: FlowGraph; after: FlowGraph }) {
  const { t } = useTranslation();
  const drawing = useMemo(() => diffOverlay(before, after), [before, after]);
  return (
    <>
      <p className="muted">{t('flowVersions.diff.canvasLegend')}</p>
      <ReadOnlyCanvas
        graph={drawing.graph}
        overlays={drawing.nodes}
        edgeChanges={drawing.edges}
        testId="flow-diff-canvas"
      />
    </>
  );
}
