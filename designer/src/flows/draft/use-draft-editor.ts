import type { FlowDetail } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { saveFlowDraft } from '../flows.api';
import { flowSaved, latestFlow } from '../flows.cache';
import { createAutosaver, type SaveState } from './autosaver';
import { draftFields, type DraftFields } from './draft-text';

/** Typing stops for this long before the draft is saved. */
const AUTOSAVE_DELAY_MS = 1_000;

/**
 * The draft as the admin edits it, autosaved. Starts from the flow as first read; later reads of
 * the flow don't replace what is being typed (a conflict shows as `stale` on the next save).
 */
export function useDraftEditor(flow: FlowDetail) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<DraftFields>(() => draftFields(flow));
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [saver] = useState(() =>
    createAutosaver({
      revision: flow.draft.revision,
      saved: draftFields(flow),
      delayMs: AUTOSAVE_DELAY_MS,
      save: (body) => saveFlowDraft(flow.id, body),
      onState: setState,
      onSaved: (detail) => void flowSaved(queryClient, detail),
    }),
  );

  useEffect(() => () => saver.dispose(), [saver]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (saver.unsaved()) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saver]);

  const edit = (change: Partial<DraftFields>) => {
    const next = { ...fields, ...change };
    setFields(next);
    saver.edit(next);
  };

  /** Discards the admin's changes for the flow as the server has it now, and returns it. */
  const reload = async (): Promise<DraftFields> => {
    const latest = await latestFlow(queryClient, flow.id);
    const next = draftFields(latest);
    saver.reset(latest, next);
    setFields(next);
    return next;
  };

  return {
    fields,
    state,
    edit,
    reload,
    retry: saver.flush,
    overwrite: saver.overwrite,
    conflict: saver.conflict,
    revision: saver.revision,
  };
}
