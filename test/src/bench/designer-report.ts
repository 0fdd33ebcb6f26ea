import type { CanvasOpened } from './designer-page.js';
import { frameTargetMs, type FrameFigures } from './designer-frames.js';
import { fixed, median, ms, round } from './flows-report.js';

/** The gestures of a round, in the order they run, and how long each lasts. */
export const designerGestures = [
  { key: 'pan', label: 'pan', durationMs: 3_000 },
  { key: 'drag', label: 'drag a node', durationMs: 3_000 },
  { key: 'zoom', label: 'wheel zoom', durationMs: 2_000 },
] as const;
export type GestureKey = (typeof designerGestures)[number]['key'];

/** One round: the canvas opened in a fresh context, then each gesture's frames. */
export interface DesignerRound {
  opened: CanvasOpened;
  frames: Record<GestureKey, FrameFigures>;
}

const percent = (share: number) => `${fixed(share * 100, 1)} %`;
/** Frame times with a decimal: 16.7 ms against the 20 ms target says more than 17 ms. */
const frameMs = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const verdict = (medianMs: number) =>
  Number.isFinite(medianMs) ? (medianMs < frameTargetMs ? 'pass' : 'FAIL') : 'n/a';
const gestureLine = (label: string, figures: FrameFigures, frames = String(figures.frames)) =>
  `  ${label.padEnd(12)} ${frames.padStart(4)} frames  median ${frameMs(figures.medianMs)}  p95 ${frameMs(figures.p95Ms)}  ` +
  `max ${frameMs(figures.maxMs)}  over ${frameTargetMs} ms ${percent(figures.overTargetShare)}`;

/** A round's lines: its time to interactive, then a line per gesture. */
export function formatDesignerRound(index: number, entry: DesignerRound): string {
  const { opened } = entry;
  return [
    `Round ${index}: canvas drawn after ${ms(opened.drawnMs)}, interactive after ${ms(opened.interactiveMs)} ` +
      `(node "${opened.nodeId}" selected); ${opened.renderedNodes} node elements rendered`,
    ...designerGestures.map((gesture) => gestureLine(gesture.label, entry.frames[gesture.key])),
  ].join('\n');
}

/** The medians of the rounds, with the verdict of each gesture (median frame < 20 ms), and as JSON. */
export function summarizeDesignerRounds(rounds: readonly DesignerRound[], nodes: number) {
  const of = (pick: (entry: DesignerRound) => number) => median(rounds.map(pick));
  const list = (pick: (entry: DesignerRound) => number) =>
    rounds.map((entry) => fixed(pick(entry))).join(', ');
  const interactiveMs = of((entry) => entry.opened.interactiveMs);
  const drawnMs = of((entry) => entry.opened.drawnMs);
  const renderedNodes = of((entry) => entry.opened.renderedNodes);
  const gestures = designerGestures.map((gesture) => {
    const pick = (key: keyof FrameFigures) => of((entry) => entry.frames[gesture.key][key]);
    const figures: FrameFigures = {
      frames: pick('frames'),
      medianMs: pick('medianMs'),
      p95Ms: pick('p95Ms'),
      maxMs: pick('maxMs'),
      overTargetShare: pick('overTargetShare'),
    };
    return { gesture, figures, verdict: verdict(figures.medianMs) };
  });
  const lines = [
    `Designer, ${nodes}-node flow: medians of ${rounds.length} round${rounds.length === 1 ? '' : 's'}`,
    `  time to interactive ${ms(interactiveMs)} (rounds: ${list((entry) => entry.opened.interactiveMs)} ms); ` +
      `canvas drawn ${ms(drawnMs)}; ${fixed(renderedNodes)} node elements rendered`,
    ...gestures.map(
      ({ gesture, figures, verdict: result }) =>
        `${gestureLine(gesture.label, figures, fixed(figures.frames))}  target median < ${frameTargetMs} ms: ${result}`,
    ),
  ];
  const json = {
    bench: 'designer',
    nodes,
    rounds: rounds.length,
    interactiveMs: round(interactiveMs, 0),
    interactiveMsRounds: rounds.map((entry) => round(entry.opened.interactiveMs, 0)),
    drawnMs: round(drawnMs, 0),
    renderedNodes: round(renderedNodes, 0),
    ...Object.fromEntries(
      gestures.map(({ gesture, figures, verdict: result }) => [
        gesture.key,
        {
          frames: round(figures.frames, 0),
          medianMs: round(figures.medianMs),
          p95Ms: round(figures.p95Ms),
          maxMs: round(figures.maxMs),
          overTargetPercent: round(figures.overTargetShare * 100),
          pass: result === 'n/a' ? null : result === 'pass',
        },
      ]),
    ),
  };
  return { lines, json, interactiveMs, gestures };
}

export type DesignerSummary = ReturnType<typeof summarizeDesignerRounds>;

const ratio = (value: number, base: number) =>
  Number.isFinite(value) && Number.isFinite(base) && base > 0 ? `${fixed(value / base, 2)}×` : 'n/a';

/**
 * The big flow against the small baseline flow measured in the same rounds, so a noisy machine
 * shows as noise in both: time to interactive and each gesture's median and p95 frame, as ratios.
 */
export function baselineRatioLines(flow: DesignerSummary, baseline: DesignerSummary, baselineNodes: number) {
  return [
    `Against the ${baselineNodes}-node baseline of the same rounds: time to interactive ${ratio(flow.interactiveMs, baseline.interactiveMs)} ` +
      `(${ms(flow.interactiveMs)} / ${ms(baseline.interactiveMs)})`,
    ...flow.gestures.map(({ gesture, figures }, index) => {
      const base = baseline.gestures[index]!.figures;
      return (
        `  ${gesture.label.padEnd(12)} median ${ratio(figures.medianMs, base.medianMs)}  p95 ${ratio(figures.p95Ms, base.p95Ms)}  ` +
        `over ${frameTargetMs} ms ${percent(figures.overTargetShare)} vs ${percent(base.overTargetShare)}`
      );
    }),
  ];
}
