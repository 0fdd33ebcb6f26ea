import { describe, expect, it } from 'vitest';
import { frameFigures, type FrameFigures } from './designer-frames.js';
import {
  baselineRatioLines,
  formatDesignerRound,
  summarizeDesignerRounds,
  type DesignerRound,
} from './designer-report.js';

/** Timestamps of frames `gaps` apart, from 1,000 ms. */
const framesOf = (gaps: number[]) => gaps.reduce((times, gap) => [...times, times.at(-1)! + gap], [1_000]);

describe('frameFigures', () => {
  it('takes each gap between frames as one frame', () => {
    const figures = frameFigures(framesOf([16, 17, 16, 50, 16, 17, 33, 16, 16, 17]));
    expect(figures).toEqual({ frames: 10, medianMs: 16, p95Ms: 50, maxMs: 50, overTargetShare: 0.2 });
  });

  it('has no figures for fewer than two frames', () => {
    const figures = frameFigures([1_000]);
    expect(figures.frames).toBe(0);
    expect(figures.medianMs).toBeNaN();
    expect(figures.overTargetShare).toBeNaN();
  });
});

const smooth: FrameFigures = { frames: 180, medianMs: 16.7, p95Ms: 18, maxMs: 40, overTargetShare: 0.01 };
const round = (interactiveMs: number, panMedianMs: number): DesignerRound => ({
  opened: { drawnMs: interactiveMs - 300, interactiveMs, renderedNodes: 300, nodeId: 'menu_20' },
  frames: {
    pan: { ...smooth, medianMs: panMedianMs },
    drag: smooth,
    zoom: { ...smooth, medianMs: 25, p95Ms: 30 },
  },
});

describe('the designer report', () => {
  it('prints a round: its time to interactive and each gesture', () => {
    expect(formatDesignerRound(2, round(1_450, 16.7)).split('\n')).toEqual([
      'Round 2: canvas drawn after 1150 ms, interactive after 1450 ms (node "menu_20" selected); 300 node elements rendered',
      '  pan           180 frames  median 16.7 ms  p95 18.0 ms  max 40.0 ms  over 20 ms 1.0 %',
      '  drag a node   180 frames  median 16.7 ms  p95 18.0 ms  max 40.0 ms  over 20 ms 1.0 %',
      '  wheel zoom    180 frames  median 25.0 ms  p95 30.0 ms  max 40.0 ms  over 20 ms 1.0 %',
    ]);
  });

  it('summarises the medians of the rounds against the target', () => {
    const { lines, json } = summarizeDesignerRounds(
      [round(1_400, 16), round(2_000, 30), round(1_500, 17)],
      300,
    );
    expect(lines[0]).toBe('Designer, 300-node flow: medians of 3 rounds');
    expect(lines[1]).toBe(
      '  time to interactive 1500 ms (rounds: 1400, 2000, 1500 ms); canvas drawn 1200 ms; 300 node elements rendered',
    );
    expect(lines[2]).toMatch(/^ {2}pan .* median 17.0 ms .* target median < 20 ms: pass$/);
    expect(lines[4]).toMatch(/^ {2}wheel zoom .* median 25.0 ms .* target median < 20 ms: FAIL$/);
    expect(json).toMatchObject({
      bench: 'designer',
      nodes: 300,
      interactiveMs: 1500,
      interactiveMsRounds: [1400, 2000, 1500],
      pan: { medianMs: 17, pass: true },
      zoom: { medianMs: 25, pass: false },
    });
  });

  it('compares the flow with the baseline of the same rounds, as ratios', () => {
    const flow = summarizeDesignerRounds([round(2_000, 33.4)], 300);
    const baseline = summarizeDesignerRounds([round(1_000, 16.7)], 10);
    const lines = baselineRatioLines(flow, baseline, 10);
    expect(lines[0]).toBe(
      'Against the 10-node baseline of the same rounds: time to interactive 2.00× (2000 ms / 1000 ms)',
    );
    expect(lines[1]).toMatch(/^ {2}pan +median 2\.00× {2}p95 1\.00× {2}over 20 ms 1\.0 % vs 1\.0 %$/);
    expect(lines).toHaveLength(4);
  });
});
