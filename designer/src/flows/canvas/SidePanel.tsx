import type { FlowProblem, FlowValidationContext } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { GraphSettingsPanel } from './panel/GraphSettingsPanel';
import { NodePanel } from './panel/NodePanel';
import { TestChatPanel } from './test-chat/TestChatPanel';
import type { CanvasEditor } from './use-canvas-editor';

/** A problem clicked in the list: the field to focus in its node's properties. */
export interface PanelFocus {
  path: readonly (string | number)[];
  token: number;
}

interface Props {
  flowId: string;
  canvas: CanvasEditor;
  context: FlowValidationContext | undefined;
  problems: ReadonlyMap<string, readonly FlowProblem[]>;
  focus: PanelFocus | null;
  testing: boolean;
  saved: boolean;
  onActiveNode: (nodeId: string | null) => void;
  onCloseTest: () => void;
}

const noProblems: readonly FlowProblem[] = [];

/**
 * Beside the canvas: the test chat when it is open; else the one selected node's properties, the
 * flow's settings when nothing is selected, or how many things are selected.
 */
export function SidePanel({ flowId, canvas, context, problems, focus, testing, saved, ...test }: Props) {
  const { t } = useTranslation();
  const { graph, selection } = canvas;
  let content;
  if (testing)
    content = (
      <TestChatPanel
        flowId={flowId}
        graph={graph}
        saved={saved}
        onActiveNode={test.onActiveNode}
        onClose={test.onCloseTest}
      />
    );
  else if (selection.nodes.size === 1) {
    const [id] = selection.nodes;
    const node = graph.nodes.find((candidate) => candidate.id === id);
    content = node && (
      <NodePanel
        key={node.id}
        node={node}
        graph={graph}
        context={context}
        flowId={flowId}
        problems={problems.get(node.id) ?? noProblems}
        focusPath={focus?.path ?? null}
        focusToken={focus?.token ?? 0}
        onChange={canvas.replace}
        onTerminalChange={(port, terminal) => canvas.setTerminal(node.id, port, terminal)}
        onConnectOutput={(port, target) => canvas.connectOutput(node.id, port, target)}
        onDelete={() => canvas.remove([node.id], [])}
        onClose={() => canvas.setSelection({ nodes: new Set(), edges: new Set() })}
      />
    );
  } else if (selection.nodes.size === 0)
    content = <GraphSettingsPanel settings={graph.settings} onChange={canvas.updateSettings} />;
  else
    content = (
      <p className="muted" data-testid="canvas-selected-count">
        {t('flowCanvas.selected', { count: selection.nodes.size })}
      </p>
    );
  return (
    <aside className="flow-design__side" aria-label={t('flowCanvas.side')} data-testid="flow-side-panel">
      {content}
    </aside>
  );
}
