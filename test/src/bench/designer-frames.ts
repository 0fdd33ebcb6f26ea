import type { Page } from 'playwright-core';
import { summarize } from './stats.js';

/** The designer's frame target (issue 17): the median frame while panning, dragging or zooming. */
export const frameTargetMs = 20;

/** Frame times of one gesture: the gaps between successive animation frames. */
export interface FrameFigures {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Share (0–1) of the frames longer than the target. */
  overTargetShare: number;
}

/** The figures of `timestamps` (requestAnimationFrame's, in ms, in order): one frame per gap. */
export function frameFigures(timestamps: readonly number[]): FrameFigures {
  const gaps = timestamps.slice(1).map((time, i) => time - (timestamps[i] ?? time));
  const summary = summarize(gaps);
  return {
    frames: gaps.length,
    medianMs: summary.p50,
    p95Ms: summary.p95,
    maxMs: summary.max,
    overTargetShare: gaps.length
      ? gaps.filter((gap) => gap > frameTargetMs).length / gaps.length
      : Number.NaN,
  };
}

/** The page's animation frames, as far as the recorder needs them (the test's types have no DOM). */
interface FrameWindow {
  requestAnimationFrame(callback: (time: number) => void): number;
  parleyFrames?: { times: number[]; recording: boolean };
}

/** Records the page's animation frames while `gesture` runs, and answers their figures. */
export async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<FrameFigures> {
  await page.evaluate(() => {
    const view = globalThis as unknown as FrameWindow;
    const recorder = { times: [] as number[], recording: true };
    view.parleyFrames = recorder;
    const tick = (time: number) => {
      if (!recorder.recording) return;
      recorder.times.push(time);
      view.requestAnimationFrame(tick);
    };
    view.requestAnimationFrame(tick);
  });
  let times: number[];
  try {
    await gesture();
  } finally {
    times = await page.evaluate(() => {
      const recorder = (globalThis as unknown as FrameWindow).parleyFrames;
      if (recorder) recorder.recording = false;
      return recorder?.times ?? [];
    });
  }
  return frameFigures(times);
}
