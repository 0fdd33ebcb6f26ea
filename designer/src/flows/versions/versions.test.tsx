import type { FlowDiff } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it, vi } from 'vitest';
import { tags } from '../../business-hours/render-in-router.test-support';
import { danglingGraph } from '../fixtures.test-support';
import { renderFlowsView } from '../render.test-support';
import { FlowDiffList } from './FlowDiffList';
import { nextSelection } from './version-selection';
import { VersionsTable } from './VersionsTable';

vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en-GB' }) }));

const noop = () => undefined;
const greeting = greetingFlow();
const after: FlowGraph = {
  ...greeting,
  nodes: greeting.nodes.map((node) =>
    node.id === 'menu' ? { ...node, body: 'Hello! How can we help?', position: { x: 0, y: 160 } } : node,
  ),
};
const diff: FlowDiff = {
  from: 1,
  to: 'draft',
  nodes: { added: ['reminder'], removed: [], changed: [{ id: 'menu', fields: ['body', 'position'] }] },
  edges: { added: ['e-timeout', 'e-reminder-done'], removed: [] },
  settingsChanged: true,
};

describe('the version diff', () => {
  it('lists added and changed nodes by label and type, with the changed fields, and the edges', async () => {
    const html = await renderFlowsView(<FlowDiffList diff={diff} before={danglingGraph()} after={after} />);
    expect(html).toContain('1 node added');
    expect(html).toContain('1 node changed');
    expect(tags(html, 'flow-diff-node').map((tag) => /data-node-id="([^"]+)"/.exec(tag)?.[1])).toEqual([
      'reminder',
      'menu',
    ]);
    expect(html).toMatch(/Main menu<\/span><span class="flow-problem__type">reply_buttons<\/span>/);
    expect(html).toContain('<code>body</code><code>position</code>');
    expect(html).toContain('2 connections added');
    expect(html).toContain('Main menu → reminder (timeout)');
    expect(html).toContain('reminder → done (next)');
    expect(tags(html, 'flow-diff-nodesRemoved')).toHaveLength(0);
    expect(tags(html, 'flow-diff-settings')).toHaveLength(1);
  });

  it('names a removed node from the older graph, and says so when nothing changed', async () => {
    const removed: FlowDiff = {
      ...diff,
      nodes: { added: [], removed: ['reminder'], changed: [] },
      edges: { added: [], removed: ['e-timeout', 'e-reminder-done'] },
      settingsChanged: false,
    };
    const html = await renderFlowsView(
      <FlowDiffList diff={removed} before={greeting} after={danglingGraph()} />,
      {
        lang: 'ja',
      },
    );
    expect(html).toContain('削除されたノード 1 件');
    expect(html).toContain('Main menu → reminder (timeout)');
    const none: FlowDiff = {
      ...removed,
      nodes: { added: [], removed: [], changed: [] },
      edges: { added: [], removed: [] },
    };
    const same = await renderFlowsView(<FlowDiffList diff={none} before={null} after={null} />);
    expect(tags(same, 'flow-diff-none')).toHaveLength(1);
  });
});

describe('the versions table', () => {
  it('marks the current version, rollbacks and who published, offering a rollback to the others', async () => {
    const html = await renderFlowsView(
      <VersionsTable
        versions={[
          {
            version: 1,
            note: 'First',
            publishedAt: '2025-06-01T09:00:00.000Z',
            publishedBy: { id: '55555555-5555-4555-8555-555555555555', name: 'Aiko Tanaka' },
            rolledBackFrom: null,
            current: false,
            runningCount: 0,
          },
          {
            version: 2,
            note: '',
            publishedAt: '2025-06-02T09:00:00.000Z',
            publishedBy: null,
            rolledBackFrom: 1,
            current: true,
            runningCount: 4,
          },
        ]}
        from={1}
        to="draft"
        onToggle={noop}
        onCompareDraft={noop}
        onView={noop}
        onRollback={noop}
      />,
    );
    expect(tags(html, 'flow-version-row').map((tag) => /data-version="(\d)"/.exec(tag)?.[1])).toEqual([
      '2',
      '1',
    ]);
    expect(html).toContain('Current');
    expect(html).toContain('Rolled back from version 1');
    expect(html).toContain('Aiko Tanaka, 1 Jun 2025');
    expect(tags(html, 'flow-version-rollback')).toHaveLength(1);
    expect(tags(html, 'flow-version-compare')[1]).toContain('checked=""');
    expect(html).toContain('aria-label="Compare version 2"');
  });

  it('keeps at most two versions ticked, the older first', () => {
    expect(nextSelection(undefined, undefined, 3)).toEqual({ from: 3, to: undefined });
    expect(nextSelection(3, undefined, 1)).toEqual({ from: 1, to: 3 });
    expect(nextSelection(1, 3, 5)).toEqual({ from: 3, to: 5 });
    expect(nextSelection(1, 3, 3)).toEqual({ from: 1, to: undefined });
    expect(nextSelection(2, 'draft', 4)).toEqual({ from: 2, to: 4 });
  });
});
