import type { FlowNode } from '@parley/workflows/flows';
import type { AriaLabelConfig } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The ways an arrow key moves a node, as React Flow names them. */
const directions = ['up', 'down', 'left', 'right'] as const;
const isDirection = (value: string): value is (typeof directions)[number] =>
  (directions as readonly string[]).includes(value);

/** React Flow's own words for screen readers (node and edge help, the zoom buttons, the minimap), in the admin's language. */
export function useCanvasAria(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      // React Flow reads `keyboardDisabled` while the arrow keys do move nodes (its names are swapped).
      'node.a11yDescription.default': t('flowCanvas.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('flowCanvas.a11y.nodeArrows'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('flowCanvas.a11y.moved', {
          direction: isDirection(direction) ? t(`flowCanvas.a11y.directions.${direction}`) : direction,
          x: Math.round(x),
          y: Math.round(y),
        }),
      'edge.a11yDescription.default': t('flowCanvas.a11y.edge'),
      'controls.ariaLabel': t('flowCanvas.controls'),
      'controls.zoomIn.ariaLabel': t('flowCanvas.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flowCanvas.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('flowCanvas.toolbar.fit'),
      'minimap.ariaLabel': t('flowCanvas.minimap'),
    }),
    [t],
  );
}

/** A node's name for screen readers: its type, and the name the admin gave it (else its id). */
export function useNodeLabel(): (node: FlowNode) => string {
  const { t } = useTranslation();
  return useCallback(
    (node: FlowNode) => `${t(`flowPanel.types.${node.type}`)}: ${node.label || node.id}`,
    [t],
  );
}
