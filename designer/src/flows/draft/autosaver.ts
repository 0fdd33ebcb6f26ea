import { flowNameSchema, staleRevisionSchema, type FlowDetail, type SaveFlowDraft } from '@parley/contracts';
import { toApiError, type ApiError } from '../../api/api-error';
import { readDraft, type DraftFields } from './draft-text';

export type SaveState =
  | { kind: 'saved' }
  /** Edited; saved once typing stops. */
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'not-json'; line: number }
  /** JSON, but not a flow graph's shape: the problems list says where. */
  | { kind: 'not-graph' }
  | { kind: 'no-name' }
  /** Someone saved since this draft was read: nothing is saved until the admin chooses. */
  | { kind: 'stale'; currentRevision: number }
  | { kind: 'failed'; error: ApiError };

interface Options {
  revision: number;
  saved: DraftFields;
  delayMs: number;
  save: (body: SaveFlowDraft) => Promise<FlowDetail>;
  onState: (state: SaveState) => void;
  onSaved: (detail: FlowDetail) => void;
}

const same = (a: DraftFields, b: DraftFields) =>
  a.text === b.text && a.name === b.name && a.description === b.description;

/**
 * Saves the draft a moment after the admin stops typing, when the text is a flow graph; one save
 * at a time, each naming the revision it was made on. A 409 STALE_REVISION stops saving: the
 * admin reloads theirs or overwrites it knowingly, never silently.
 */
export function createAutosaver(options: Options) {
  let revision = options.revision;
  let saved = options.saved;
  let current = options.saved;
  let state: SaveState = { kind: 'saved' };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;

  const set = (next: SaveState) => {
    state = next;
    options.onState(next);
  };
  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** The body to save the current fields with, or the state saying why they can't be. */
  function bodyOrReason(): SaveFlowDraft | SaveState {
    const reading = readDraft(current.text);
    if (reading.kind === 'not-json') return { kind: 'not-json', line: reading.line };
    if (reading.graph === null) return { kind: 'not-graph' };
    const name = flowNameSchema.safeParse(current.name);
    if (!name.success) return { kind: 'no-name' };
    return { revision, graph: reading.graph, name: name.data, description: current.description.trim() };
  }

  function settle() {
    if (inFlight || state.kind === 'stale') return;
    stopTimer();
    const body = bodyOrReason();
    if (!('revision' in body)) return set(body);
    if (same(current, saved)) return set({ kind: 'saved' });
    set({ kind: 'waiting' });
    timer = setTimeout(flush, options.delayMs);
  }

  async function flush() {
    stopTimer();
    const body = bodyOrReason();
    if (inFlight || state.kind === 'stale' || !('revision' in body)) return;
    const sent = current;
    inFlight = true;
    set({ kind: 'saving' });
    try {
      const detail = await options.save(body);
      revision = detail.draft.revision;
      saved = sent;
      inFlight = false;
      options.onSaved(detail);
      settle();
    } catch (e) {
      inFlight = false;
      const error = toApiError(e);
      const stale = staleRevisionSchema.safeParse(error.body);
      set(
        stale.success
          ? { kind: 'stale', currentRevision: stale.data.currentRevision }
          : { kind: 'failed', error },
      );
    }
  }

  return {
    edit(fields: DraftFields) {
      current = fields;
      settle();
    },
    /** Saves now what waits (leaving the tab, "Try again" after a failure). */
    flush: () => void flush(),
    /** Starts again from the flow as the server has it (Reload, discarding the admin's changes). */
    reset(detail: FlowDetail, fields: DraftFields) {
      stopTimer();
      revision = detail.draft.revision;
      saved = fields;
      current = fields;
      set({ kind: 'saved' });
    },
    /** After comparing: saves the admin's draft over the newer revision, on purpose. */
    overwrite(currentRevision: number) {
      revision = currentRevision;
      set({ kind: 'waiting' });
      void flush();
    },
    /** A save elsewhere found out by another request (publishing): saving stops as for a 409 here. */
    conflict(currentRevision: number) {
      stopTimer();
      set({ kind: 'stale', currentRevision });
    },
    /** The revision the saved text is, which publishing names. */
    revision: () => revision,
    /** Whether anything is left unsaved (for a warning before the page is left). */
    unsaved: () => state.kind !== 'saved',
    dispose() {
      if (timer !== null) void flush();
    },
  };
}
