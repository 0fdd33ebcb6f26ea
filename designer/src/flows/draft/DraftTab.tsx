import type { ChannelAccount, FlowDetail } from '@parley/contracts';
import type { FlowProblem } from '@parley/workflows/flows';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackRegions } from '../../ui/FeedbackRegions';
import { Section } from '../../ui/Section';
import { useFeedback } from '../../ui/use-feedback';
import { ActivationForm } from './ActivationForm';
import { DraftDetailsFields } from './DraftDetailsFields';
import { DraftProblems } from './DraftProblems';
import { problemRange, readDraft } from './draft-text';
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
 * The Draft tab: the name, description and graph (as JSON for now), autosaved; its problems from
 * the live validator; publishing, exporting, and where the published version runs.
 */
export function DraftTab({ flow, accounts }: Props) {
  const { t } = useTranslation();
  const editor = useDraftEditor(flow);
  const reading = useMemo(() => readDraft(editor.fields.text), [editor.fields.text]);
  const { problems, context } = useLiveProblems(flow.id, reading);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const feedback = useFeedback();
  const { state } = editor;

  const goTo = (problem: FlowProblem) => {
    const area = textarea.current;
    if (!area || reading.kind !== 'json') return;
    const range = problemRange(area.value, reading.value, problem);
    if (range) selectRange(area, range.start, range.end);
    else area.focus();
  };

  return (
    <div className="flow-draft">
      <FeedbackRegions feedback={feedback} />
      {state.kind === 'stale' && (
        <StaleBanner
          flowId={flow.id}
          currentRevision={state.currentRevision}
          mine={editor.fields}
          onReload={editor.reload}
          onOverwrite={editor.overwrite}
        />
      )}
      <div className="flow-draft__bar">
        <SaveStatus state={state} onRetry={editor.retry} />
        <div className="toolbar">
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
      <div className="flow-draft__main">
        <JsonEditor
          label={t('flowDraft.editor.label')}
          value={editor.fields.text}
          onChange={(text) => editor.edit({ text })}
          invalid={state.kind === 'not-json' || state.kind === 'not-graph'}
          editorRef={textarea}
        />
        <DraftProblems
          reading={reading}
          problems={problems}
          context={context}
          lastSaved={flow.problems}
          onGo={goTo}
        />
      </div>
      <Section id="flow-activation-heading" title={t('flowDraft.activation.title')}>
        <ActivationForm flow={flow} accounts={accounts} />
      </Section>
    </div>
  );
}
