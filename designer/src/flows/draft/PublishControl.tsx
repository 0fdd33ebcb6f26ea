import type { FlowDetail } from '@parley/contracts';
import type { FlowProblem } from '@parley/workflows/flows';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './autosaver';
import { PublishDialog } from './PublishDialog';

interface Props {
  flowId: string;
  revision: () => number;
  state: SaveState;
  /** The live validator's problems; null while it can't run yet. */
  problems: readonly FlowProblem[] | null;
  value: unknown;
  onPublished: (flow: FlowDetail) => void;
  onStale: (currentRevision: number) => void;
  onGo: (problem: FlowProblem) => void;
}

/** The Publish button, and why it can't be pressed yet: problems left, or changes not yet saved. */
export function PublishControl({
  flowId,
  revision,
  state,
  problems,
  value,
  onPublished,
  onStale,
  onGo,
}: Props) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const reason =
    problems === null
      ? t('flowDraft.publish.checking')
      : problems.length > 0
        ? t('flowDraft.publish.hasProblems', { count: problems.length })
        : state.kind !== 'saved'
          ? t('flowDraft.publish.unsaved')
          : null;
  return (
    <div className="flow-publish">
      <button
        type="button"
        className="button button--primary"
        disabled={reason !== null}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => setOpen(true)}
        data-testid="flow-publish"
      >
        {t('flowDraft.publish.button')}
      </button>
      {reason && (
        <p id={reasonId} className="muted flow-publish__reason" data-testid="flow-publish-reason">
          {reason}
        </p>
      )}
      {open && (
        <PublishDialog
          flowId={flowId}
          revision={revision()}
          value={value}
          onClose={() => setOpen(false)}
          onPublished={(flow) => {
            setOpen(false);
            onPublished(flow);
          }}
          onStale={(current) => {
            setOpen(false);
            onStale(current);
          }}
          onGo={onGo}
        />
      )}
    </div>
  );
}
