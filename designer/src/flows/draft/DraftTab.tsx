import type { ChannelAccount, FlowDetail } from '@parley/contracts';
import type { FlowGraph, FlowProblem } from '@parley/workflows/flows';
import { nodeProblems } from '../canvas/model/node-problems';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackRegions } from '../../ui/FeedbackRegions';
import { Section } from '../../ui/Section';
import { useFeedback } from '../../ui/use-feedback';
import { DesignArea, type CanvasInstance } from '../canvas/DesignArea';
import type { PanelFocus } from '../canvas/SidePanel';
import { useCanvasEditor } from '../canvas/use-canvas-editor';
import { ActivationForm } from './ActivationForm';
import { DraftDetailsFields } from './DraftDetailsFields';
import { DraftModeSwitch, type DraftMode } from './DraftModeSwitch';
import { DraftProblems } from './DraftProblems';
import { graphText, problemRange, readDraft, type DraftReading } from './draft-text';
import { ExportButton } from './ExportButton';
import { JsonEditor } from './JsonEditor';
import { PublishControl } from './PublishControl';
import { SaveStatus } from './SaveStatus';
import { selectRange } from './select-range';
import { StaleBanner } from './StaleBanner';
import { useDraftEditor } from './use-draft-editor';
import { useLiveProblems } from './use-live-problems';

interface Props {
  flow: FlowDetail;
  accounts: readonly ChannelAccount[] | null;
}

/**
 * The Draft tab: the name and description, and the graph drawn on the canvas (or, for those who
 * prefer it, as JSON), autosaved; its problems from the live validator, on the nodes and listed;
 * publishing, exporting, and where the published version runs.
 */
export function DraftTab({ flow, accounts }: Props) {
  const { t } = useTranslation();
  const editor = useDraftEditor(flow);
  const [mode, setMode] = useState<DraftMode>('canvas');
  const canvas = useCanvasEditor(flow.draft.graph, (graph) => editor.edit({ text: graphText(graph) }));
  const text = editor.fields.text;
  const textReading = useMemo(() => (mode === 'json' ? readDraft(text) : null), [mode, text]);
  const settled = canvas.settledGraph;
  const reading = useMemo<DraftReading>(
    () => textReading ?? { kind: 'json', value: settled, graph: settled },
    [textReading, settled],
  );
  const { problems, context } = useLiveProblems(flow.id, reading);
  const byNode = useMemo(() => nodeProblems(problems ?? []), [problems]);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const instance = useRef<CanvasInstance | null>(null);
  const [focus, setFocus] = useState<PanelFocus | null>(null);
  const feedback = useFeedback();
  const { state } = editor;

  const goTo = (problem: FlowProblem) => {
    if (mode === 'canvas') {
      if (problem.nodeId === null) return;
      canvas.selectNodes([problem.nodeId]);
      setFocus({ path: problem.path, token: (focus?.token ?? 0) + 1 });
      void instance.current?.fitView({ nodes: [{ id: problem.nodeId }], duration: 300, maxZoom: 1 });
      return;
    }
    const area = textarea.current;
    if (!area || reading.kind !== 'json') return;
    const range = problemRange(area.value, reading.value, problem);
    if (range) selectRange(area, range.start, range.end);
    else area.focus();
  };
  const switchTo = (next: DraftMode) => {
    if (next === 'canvas') {
      const current = readDraft(text);
      const graph: FlowGraph | null = current.kind === 'json' ? current.graph : null;
      if (!graph) return feedback.announce(t('flowDraft.mode.notGraph'));
      canvas.reset(graph);
    }
    setMode(next);
  };
  const reload = async () => {
    const fields = await editor.reload();
    const latest = readDraft(fields.text);
    if (latest.kind === 'json' && latest.graph) canvas.reset(latest.graph);
  };

  return (
    <div className="flow-draft">
      <FeedbackRegions feedback={feedback} />
      {state.kind === 'stale' && (
        <StaleBanner
          flowId={flow.id}
          currentRevision={state.currentRevision}
          mine={editor.fields}
          onReload={reload}
          onOverwrite={editor.overwrite}
        />
      )}
      <div className="flow-draft__bar">
        <SaveStatus state={state} onRetry={editor.retry} />
        <div className="toolbar">
          <DraftModeSwitch mode={mode} onChange={switchTo} />
          <ExportButton flowId={flow.id} name={flow.name} feedback={feedback} />
          <PublishControl
            flowId={flow.id}
            revision={editor.revision}
            state={state}
            problems={problems}
            value={reading.kind === 'json' ? reading.value : null}
            onPublished={(published) =>
              feedback.announce(t('flowDraft.publish.done', { version: published.publishedVersion ?? 0 }))
            }
            onStale={editor.conflict}
            onGo={goTo}
          />
        </div>
      </div>
      <DraftDetailsFields
        fields={editor.fields}
        nameInvalid={state.kind === 'no-name'}
        onChange={editor.edit}
      />
      {mode === 'canvas' ? (
        <DesignArea
          flowId={flow.id}
          canvas={canvas}
          context={context.data}
          problems={byNode}
          focus={focus}
          saved={state.kind === 'saved'}
          instance={instance}
        />
      ) : (
        <JsonEditor
          label={t('flowDraft.editor.label')}
          value={text}
          onChange={(next) => editor.edit({ text: next })}
          invalid={state.kind === 'not-json' || state.kind === 'not-graph'}
          editorRef={textarea}
        />
      )}
      <DraftProblems
        reading={reading}
        problems={problems}
        context={context}
        lastSaved={flow.problems}
        onGo={goTo}
      />
      <Section id="flow-activation-heading" title={t('flowDraft.activation.title')}>
        <ActivationForm flow={flow} accounts={accounts} />
      </Section>
    </div>
  );
}
