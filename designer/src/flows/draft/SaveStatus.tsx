import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import type { Translate } from '../../i18n/translate';
import type { SaveState } from './autosaver';

function stateText(state: SaveState, t: Translate): string {
  switch (state.kind) {
    case 'saved':
      return t('flowDraft.save.saved');
    case 'waiting':
      return t('flowDraft.save.waiting');
    case 'saving':
      return t('flowDraft.save.saving');
    case 'not-json':
      return t('flowDraft.save.notJson', { line: state.line });
    case 'not-graph':
      return t('flowDraft.save.notGraph');
    case 'no-name':
      return t('flowDraft.save.noName');
    case 'stale':
      return t('flowDraft.save.stale');
    case 'failed':
      return t('flowDraft.save.failed', { reason: errorText(state.error, t) });
  }
}

/** Whether the draft is saved, and if not, why: announced politely as it changes. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const tone = state.kind === 'saved' ? 'saved' : state.kind === 'failed' ? 'failed' : 'pending';
  return (
    <div className="flow-save">
      <p
        role="status"
        className={`flow-save__state flow-save__state--${tone}`}
        data-testid="flow-save-state"
        data-state={state.kind}
      >
        {stateText(state, t)}
      </p>
      {state.kind === 'failed' && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
