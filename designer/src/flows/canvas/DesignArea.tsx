import type { FlowNodeType, FlowProblem, FlowValidationContext } from '@parley/workflows/flows';
import { ReactFlowProvider, type ReactFlowInstance } from '@xyflow/react';
import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/flow-panel.css';
import { CanvasToolbar } from './CanvasToolbar';
import { FlowCanvas } from './FlowCanvas';
import type { CanvasEdge, CanvasNode, CanvasView, MeasuredSizes, NodeOverlay } from './model/canvas-types';
import { NodePalette } from './NodePalette';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SidePanel, type PanelFocus } from './SidePanel';
import type { CanvasEditor } from './use-canvas-editor';
import { useCanvasShortcuts } from './use-canvas-shortcuts';
import { useNodeWords } from './use-node-words';

export type CanvasInstance = ReactFlowInstance<CanvasNode, CanvasEdge>;

interface Props {
  flowId: string;
  canvas: CanvasEditor;
  context: FlowValidationContext | undefined;
  problems: ReadonlyMap<string, readonly FlowProblem[]>;
  focus: PanelFocus | null;
  /** The draft has no unsaved edits (the test chat runs the saved draft). */
  saved: boolean;
  instance: RefObject<CanvasInstance | null>;
}

const noOverlays: ReadonlyMap<string, NodeOverlay> = new Map();

/**
 * The Draft tab's canvas: the palette, React Flow with its toolbar, and beside it the selected
 * node's properties, the flow's settings, or the test chat.
 */
export function DesignArea({ flowId, canvas, context, problems, focus, saved, instance }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const sizes = useRef<MeasuredSizes>(new Map());
  const words = useNodeWords();
  const [help, setHelp] = useState(false);
  const [testing, setTesting] = useState(false);
  const [laying, setLaying] = useState(false);
  const [activeNodeId, setActiveNodeId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const { selection } = canvas;

  const view = useMemo<Omit<CanvasView, 'measured'>>(
    () => ({
      selectedNodes: selection.nodes,
      selectedEdges: selection.edges,
      problems,
      overlays: noOverlays,
      activeNodeId: testing ? activeNodeId : null,
      readOnly: false,
    }),
    [selection, problems, activeNodeId, testing],
  );

  const add = (type: FlowNodeType, at: { x: number; y: number }) => {
    if (!canvas.add(type, at, words, context, flowId))
      setNotice(
        t(
          `flowCanvas.notices.cannotAdd.${type === 'send_template' ? 'template' : type === 'assign' ? 'team' : 'flow'}`,
        ),
      );
  };
  const addInView = (type: FlowNodeType) => {
    const box = area.current?.querySelector('.flow-canvas')?.getBoundingClientRect();
    const flow = instance.current;
    const at =
      box && flow
        ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 };
    add(type, at);
  };
  const paste = (text: string) => {
    const pasted = canvas.paste(text);
    setNotice(pasted ? t('flowCanvas.notices.pasted') : t('flowCanvas.notices.nothingToPaste'));
    return pasted;
  };
  const layout = async () => {
    setLaying(true);
    try {
      await canvas.layout(sizes.current);
      window.requestAnimationFrame(() => void instance.current?.fitView({ duration: 300 }));
    } finally {
      setLaying(false);
    }
  };
  const copyToClipboard = async () => {
    const text = canvas.copyText();
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setNotice(t('flowCanvas.notices.copied', { count: selection.nodes.size }));
    } catch {
      setNotice(t('flowCanvas.notices.clipboardDenied'));
    }
  };
  const pasteFromClipboard = async () => {
    try {
      paste(await navigator.clipboard.readText());
    } catch {
      setNotice(t('flowCanvas.notices.clipboardDenied'));
    }
  };

  useCanvasShortcuts(area, {
    run(command) {
      if (command === 'undo') canvas.undo();
      else if (command === 'redo') canvas.redo();
      else if (command === 'duplicate') canvas.duplicate();
      else if (command === 'selectAll') canvas.selectAll();
      else if (command === 'layout') void layout();
      else if (command === 'fit') void instance.current?.fitView({ duration: 300 });
      else if (command === 'help') setHelp(true);
      else canvas.setSelection({ nodes: new Set(), edges: new Set() });
    },
    copy: () => {
      const text = canvas.copyText();
      if (text !== null) setNotice(t('flowCanvas.notices.copied', { count: selection.nodes.size }));
      return text;
    },
    removeSelection: () => canvas.removeSelected(),
    paste,
  });

  return (
    <div className="flow-design" ref={area}>
      <NodePalette onAdd={addInView} />
      <ReactFlowProvider>
        <div className="flow-design__canvas">
          <CanvasToolbar
            canUndo={canvas.canUndo}
            canRedo={canvas.canRedo}
            hasSelection={selection.nodes.size > 0 || selection.edges.size > 0}
            laying={laying}
            testOpen={testing}
            onUndo={canvas.undo}
            onRedo={canvas.redo}
            onCopy={() => void copyToClipboard()}
            onPaste={() => void pasteFromClipboard()}
            onDuplicate={canvas.duplicate}
            onDelete={() => canvas.removeSelected()}
            onLayout={() => void layout()}
            onFit={() => void instance.current?.fitView({ duration: 300 })}
            onHelp={() => setHelp(true)}
            onTest={() => setTesting(!testing)}
          />
          <FlowCanvas
            graph={canvas.graph}
            view={view}
            label={t('flowCanvas.label')}
            onMove={canvas.move}
            onRemove={canvas.remove}
            onConnect={canvas.connect}
            onSelect={canvas.select}
            onDropType={add}
            onInit={(flow) => {
              instance.current = flow;
            }}
            sizesRef={sizes}
          />
          <p className="visually-hidden" role="status" aria-live="polite" data-testid="canvas-notice">
            {notice}
          </p>
        </div>
      </ReactFlowProvider>
      <SidePanel
        flowId={flowId}
        canvas={canvas}
        context={context}
        problems={problems}
        focus={focus}
        testing={testing}
        saved={saved}
        onActiveNode={setActiveNodeId}
        onCloseTest={() => setTesting(false)}
      />
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
