import type { FlowAnalytics } from '@parley/contracts';
import { describe, expect, it, vi } from 'vitest';
import { tags } from '../../business-hours/render-in-router.test-support';
import { flowAnalyticsQuery, periodStart } from '../flow-runs.api';
import { FLOW_ID } from '../fixtures.test-support';
import { renderFlowsView } from '../render.test-support';
import { AnalyticsTotals } from './AnalyticsTotals';
import { formatDuration } from './format-duration';
import { NodeAnalyticsTable } from './NodeAnalyticsTable';

vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en-GB' }) }));

const noDrops = { timeout: 0, window_closed: 0, handoff: 0, step_budget: 0, failed: 0, terminal_port: 0 };
const analytics: FlowAnalytics = {
  version: 2,
  runs: { started: 1200, running: 14, completed: 900, assigned: 250, dropped: 36 },
  nodes: [
    {
      nodeId: 'menu',
      nodeType: 'reply_buttons',
      label: 'Main menu',
      entered: 1200,
      completed: { buy: 700, help: 400, no_match: 0 },
      dropped: { ...noDrops, timeout: 30, window_closed: 6 },
      waiting: 14,
      medianMs: 725_000,
    },
    {
      nodeId: 'bye',
      nodeType: 'end',
      label: null,
      entered: 300,
      completed: {},
      dropped: noDrops,
      waiting: 0,
      medianMs: null,
    },
  ],
};

describe('the analytics tab', () => {
  it('shows the run totals', async () => {
    const html = await renderFlowsView(<AnalyticsTotals runs={analytics.runs} />);
    expect(html).toMatch(/data-testid="flow-total-started"><dt>Started<\/dt><dd>1,200<\/dd>/);
    expect(html).toMatch(/<dt>Assigned to people<\/dt><dd>250<\/dd>/);
  });

  it('shows each node’s runs: entered, left by output, dropped by reason, waiting, median time', async () => {
    const html = await renderFlowsView(<NodeAnalyticsTable nodes={analytics.nodes} />);
    expect(tags(html, 'flow-node-row')).toHaveLength(2);
    expect(html).toContain('Main menu');
    expect(html).toContain('<code>buy</code>: 700');
    expect(html).not.toContain('<code>no_match</code>');
    expect(html).toContain('Timed out waiting: 30');
    expect(html).toContain('Window closed: 6');
    expect(html).toContain('12 mins 5 secs');
    expect(html).toContain('>bye<');
    expect(html).toContain('width:25%');
  });

  it('translates the drop reasons', async () => {
    const html = await renderFlowsView(<NodeAnalyticsTable nodes={analytics.nodes} />, { lang: 'ja' });
    expect(html).toContain('待機がタイムアウト: 30');
    expect(html).toContain('ノード内の時間（中央値）');
  });

  it('reads the version and period asked for, again every 10 seconds', () => {
    const query = flowAnalyticsQuery(FLOW_ID, 2, 'week');
    expect(query.queryKey).toEqual(['flows', 'analytics', FLOW_ID, 2, 'week']);
    expect(query.refetchInterval).toBe(10_000);
    const now = new Date('2025-06-16T00:00:00.000Z');
    expect(periodStart('day', now)).toBe('2025-06-15T00:00:00.000Z');
    expect(periodStart('all', now)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('is as short as it stays clear', () => {
    expect(formatDuration(350, 'en')).toBe('350 ms');
    expect(formatDuration(4_200, 'en')).toBe('4.2 sec');
    expect(formatDuration(59_600, 'en')).toBe('1 min');
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000, 'en')).toBe('3 hr 20 min');
    expect(formatDuration(2 * 86_400_000 + 4 * 3_600_000, 'en')).toBe('2 days 4 hr');
    expect(formatDuration(725_000, 'ja')).toBe('12 分 5 秒');
  });
});
