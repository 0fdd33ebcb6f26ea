import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tags } from '../../business-hours/render-in-router.test-support';
import { saveFlowDraft } from '../flows.api';
import { flowDetail, FLOW_ID } from '../fixtures.test-support';
import { renderStatic } from '../render.test-support';
import { createAutosaver, type SaveState } from './autosaver';
import { draftFields, graphText } from './draft-text';
import { SaveStatus } from './SaveStatus';
import { StaleBanner } from './StaleBanner';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the draft’s autosave', () => {
  const fetch = vi.fn<typeof globalThis.fetch>();
  let states: SaveState[];
  const saved = vi.fn();
  const flow = flowDetail();
  const start = () =>
    createAutosaver({
      revision: flow.draft.revision,
      saved: draftFields(flow),
      delayMs: 1_000,
      save: (body) => saveFlowDraft(FLOW_ID, body),
      onState: (state) => states.push(state),
      onSaved: saved,
    });
  const edited = (name: string) => ({ ...draftFields(flow), name });
  const sentBody = (call: number) =>
    JSON.parse(String(fetch.mock.calls[call]?.[1]?.body)) as Record<string, unknown>;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', fetch);
    states = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    fetch.mockReset();
    saved.mockReset();
  });

  it('saves a second after typing stops, naming the revision, and takes the next one from the answer', async () => {
    fetch.mockResolvedValue(json(200, { ...flow, name: 'Welcome', draft: { ...flow.draft, revision: 4 } }));
    const saver = start();
    saver.edit(edited('Welcom'));
    await vi.advanceTimersByTimeAsync(600);
    saver.edit(edited('Welcome'));
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).not.toHaveBeenCalled();
    expect(states.at(-1)).toEqual({ kind: 'waiting' });
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe(`/api/flows/${FLOW_ID}/draft`);
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('PUT');
    expect(sentBody(0)).toMatchObject({ revision: 3, name: 'Welcome', graph: { schemaVersion: 1 } });
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(saved).toHaveBeenCalledTimes(1);
    expect(saver.revision()).toBe(4);
  });

  it('stops on a 409 STALE_REVISION and never saves over the newer revision by itself', async () => {
    fetch.mockResolvedValueOnce(
      json(409, {
        code: 'STALE_REVISION',
        message: 'The draft was saved since revision 3',
        currentRevision: 7,
      }),
    );
    const saver = start();
    saver.edit(edited('Mine'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states.at(-1)).toEqual({ kind: 'stale', currentRevision: 7 });
    saver.edit(edited('Mine, again'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toEqual({ kind: 'stale', currentRevision: 7 });

    fetch.mockResolvedValueOnce(json(200, { ...flow, draft: { ...flow.draft, revision: 8 } }));
    saver.overwrite(7);
    await vi.advanceTimersByTimeAsync(0);
    expect(sentBody(1)).toMatchObject({ revision: 7, name: 'Mine, again' });
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });

  it('saves nothing while the JSON is invalid, saying on which line', async () => {
    const saver = start();
    const text = graphText(flow.draft.graph).replace('"trigger",', '"trigger"');
    saver.edit({ ...draftFields(flow), text });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fetch).not.toHaveBeenCalled();
    // The comma is missing at the end of line 6: the JSON stops being valid where line 7 goes on.
    expect(states.at(-1)).toEqual({ kind: 'not-json', line: 7 });
    saver.edit({ ...draftFields(flow), text: '{"schemaVersion": 1, "nodes": "none"}' });
    expect(states.at(-1)).toEqual({ kind: 'not-graph' });
    saver.edit(edited('  '));
    expect(states.at(-1)).toEqual({ kind: 'no-name' });
  });

  it('reports a failed save with its reason, and tries again on request', async () => {
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const saver = start();
    saver.edit(edited('Offline'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', error: { code: 'NETWORK' } });
    fetch.mockResolvedValueOnce(json(200, { ...flow, draft: { ...flow.draft, revision: 4 } }));
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });
});

describe('the save state and the stale revision banner', () => {
  it('say whether the draft is saved, and where the JSON breaks', () => {
    expect(renderStatic(<SaveStatus state={{ kind: 'saved' }} onRetry={() => undefined} />)).toContain(
      '>Saved<',
    );
    const html = renderStatic(
      <SaveStatus state={{ kind: 'not-json', line: 12 }} onRetry={() => undefined} />,
      'ja',
    );
    expect(html).toContain('未保存: 12 行目の JSON が無効です');
    expect(tags(html, 'flow-save-state')[0]).toContain('role="status"');
  });

  it('names the newer revision and offers reloading or comparing, never a silent save', () => {
    const banner = (
      <StaleBanner
        flowId={FLOW_ID}
        currentRevision={7}
        mine={draftFields(flowDetail())}
        onReload={() => Promise.resolve()}
        onOverwrite={() => undefined}
      />
    );
    const html = renderStatic(banner);
    expect(tags(html, 'flow-stale')[0]).toContain('role="alert"');
    expect(html).toContain('This flow was changed elsewhere (revision 7)');
    expect(html).toContain('Reload (discard mine)');
    expect(tags(html, 'flow-stale-compare')[0]).toContain('aria-expanded="false"');
    expect(tags(html, 'flow-stale-overwrite')).toHaveLength(0);
    expect(renderStatic(banner, 'ja')).toContain('このフローはほかの場所で変更されました（リビジョン 7）');
  });
});
