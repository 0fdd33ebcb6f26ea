import { describe, expect, it } from 'vitest';
import { analyticsOverlays } from './analytics-overlays';

describe('analyticsOverlays', () => {
  it('adds up each node’s exits and drops for its card', () => {
    const overlays = analyticsOverlays([
      {
        nodeId: 'menu',
        nodeType: 'reply_buttons',
        label: null,
        entered: 10,
        completed: { order: 3, talk: 2, hours: 1 },
        dropped: { timeout: 1, window_closed: 0, handoff: 2, step_budget: 0, failed: 0, terminal_port: 0 },
        waiting: 1,
        medianMs: 2_000,
      },
    ]);
    expect(overlays.get('menu')).toEqual({
      kind: 'analytics',
      entered: 10,
      completed: 6,
      dropped: 3,
      waiting: 1,
    });
    expect(overlays.size).toBe(1);
  });
});
