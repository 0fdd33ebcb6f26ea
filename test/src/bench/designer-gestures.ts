import type { Page } from 'playwright-core';
import { sleep } from './open-loop.js';

/** A point of the page, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** How far a pan or a drag goes from where it started: a circle of this radius, once a second. */
const radiusPx = 150;
/** One step of a gesture about every frame (plus the time the browser takes to take it). */
const stepMs = 16;

/** Calls `step` with the seconds since the gesture began, every step, for `durationMs`. */
async function during(durationMs: number, step: (seconds: number) => Promise<void>): Promise<void> {
  const started = Date.now();
  for (let elapsed = 0; elapsed < durationMs; elapsed = Date.now() - started) {
    await step(elapsed / 1000);
    await sleep(stepMs);
  }
}

/** From `start`, round a circle through it once a second, the button held down. */
async function circleFrom(page: Page, start: Point, durationMs: number): Promise<void> {
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await during(durationMs, async (seconds) => {
    const angle = seconds * 2 * Math.PI;
    await page.mouse.move(start.x + radiusPx * (1 - Math.cos(angle)), start.y + radiusPx * Math.sin(angle));
  });
  await page.mouse.up();
}

/** The element under a point, as far as the scan needs it (the test's types have no DOM). */
interface Hit {
  closest(selector: string): unknown;
}
interface Scan {
  document: {
    querySelector(
      selector: string,
    ): { getBoundingClientRect(): Point & { width: number; height: number } } | null;
    elementFromPoint(x: number, y: number): Hit | null;
  };
}

/**
 * A point of the canvas's pane with nothing on it (no node, edge, handle or panel), the nearest to
 * the pane's centre that leaves room for a pan's circle; where a press pans the canvas.
 */
export async function emptyPanePoint(page: Page): Promise<Point> {
  const point = await page.evaluate((radius) => {
    const { document } = globalThis as unknown as Scan;
    const pane = document.querySelector('[data-testid="flow-canvas"] .react-flow__pane');
    if (!pane) return null;
    const box = pane.getBoundingClientRect();
    const centre = { x: box.x + box.width / 2 - radius, y: box.y + box.height / 2 };
    const candidates: Point[] = [];
    for (let x = box.x + 20; x < box.x + box.width - 2 * radius - 20; x += 8)
      for (let y = box.y + radius + 20; y < box.y + box.height - radius - 20; y += 8)
        candidates.push({ x, y });
    candidates.sort(
      (a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y),
    );
    const busy =
      '.react-flow__node, .react-flow__edge, .react-flow__handle, .react-flow__panel, .react-flow__minimap, .react-flow__controls';
    return (
      candidates.find((candidate) => {
        const hit = document.elementFromPoint(candidate.x, candidate.y);
        return hit !== null && hit.closest('.react-flow__pane') !== null && hit.closest(busy) === null;
      }) ?? null
    );
  }, radiusPx);
  if (!point) throw new Error('the canvas has no empty part of its pane to pan from');
  return point;
}

/** Pans the canvas: presses on an empty part of the pane and moves round a circle for `durationMs`. */
export async function pan(page: Page, durationMs: number): Promise<void> {
  await circleFrom(page, await emptyPanePoint(page), durationMs);
}

/** Drags the node with `nodeId` round a circle for `durationMs` (it ends where it began). */
export async function dragNode(page: Page, nodeId: string, durationMs: number): Promise<void> {
  const box = await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox();
  if (!box) throw new Error(`node ${nodeId} is not on the canvas`);
  await circleFrom(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, durationMs);
}

/** Zooms with the wheel over the pane's centre for `durationMs`: six notches in, six out, and again. */
export async function zoom(page: Page, durationMs: number): Promise<void> {
  const box = await page.locator('[data-testid="flow-canvas"] .react-flow__pane').boundingBox();
  if (!box) throw new Error('the canvas has no pane');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let notch = 0;
  await during(durationMs, async () => {
    await page.mouse.wheel(0, notch % 12 < 6 ? -100 : 100);
    notch += 1;
  });
}
