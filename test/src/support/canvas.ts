import type { FlowNodeType } from '@parley/workflows/flows';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectEventually } from './expect-eventually.js';

// The Draft tab's canvas (issue 17) as an admin works it with the mouse and keys: nodes dragged
// from the palette, ports connected by dragging from a handle to a node's input, nodes selected
// and their properties edited in the side panel.

/** A point of the page or of an element, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** The canvas of the Draft tab (React Flow's wrapper). */
export const draftCanvas = (page: Page) => page.getByTestId('flow-canvas');

/** A node of the canvas, as React Flow draws it (its card is inside). */
export const canvasNode = (within: Page | Locator, nodeId: string) =>
  within.locator(`.react-flow__node[data-id="${nodeId}"]`);

/** Our card of a node, which carries its classes (`flow-node--selected`, `--invalid`, `--active`…). */
export const nodeCard = (within: Page | Locator, nodeId: string) => within.getByTestId(`flow-node-${nodeId}`);

/** The badge counting a node's problems ('問題 1 件'). */
export const problemsBadge = (page: Page, nodeId: string) => page.getByTestId(`flow-node-problems-${nodeId}`);

/** The row of a node's output on its card. */
export const portRow = (page: Page, nodeId: string, port: string) =>
  page.getByTestId(`flow-port-${nodeId}-${port}`);

/** The side panel beside the canvas: the selected node's properties, the settings, or the test chat. */
export const sidePanel = (page: Page) => page.getByTestId('flow-side-panel');

/** A field of the selected node's properties, by the path problems name it with (`buttons.0.title`). */
export const panelField = (page: Page, path: string) =>
  sidePanel(page).locator(`[data-field-path="${path}"]`);

/** The ids of the nodes on the canvas, in the order React Flow draws them. */
export async function nodeIds(within: Page | Locator): Promise<string[]> {
  const ids = await within
    .locator('[data-testid="flow-canvas"] .react-flow__node')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
  return ids.filter((id): id is string => id !== null);
}

/** How far the canvas is zoomed: the scale of React Flow's viewport. */
export async function zoomLevel(page: Page): Promise<number> {
  const transform = await draftCanvas(page)
    .locator('.react-flow__viewport')
    .evaluate((viewport) => viewport.getAttribute('style') ?? '');
  const scale = /scale\(([\d.]+)\)/.exec(transform)?.[1];
  if (!scale) throw new Error(`the canvas's viewport has no scale: ${transform}`);
  return Number(scale);
}

/** Zooms out with the canvas's zoom control until the zoom is at most `scale`. */
export async function zoomOutTo(page: Page, scale: number): Promise<void> {
  const zoomOut = draftCanvas(page).locator('.react-flow__controls-zoomout');
  for (let clicks = 0; (await zoomLevel(page)) > scale; clicks += 1) {
    if (clicks > 20) throw new Error(`the canvas would not zoom out to ${scale}`);
    await zoomOut.click();
  }
}

/**
 * Fits the flow into the canvas from the toolbar and waits for the animation to end: the viewport
 * the same on two readings in a row.
 */
export async function fitCanvas(page: Page): Promise<void> {
  await page.getByTestId('canvas-fit').click();
  let last = '';
  await expectEventually(
    async () => {
      const now = await draftCanvas(page)
        .locator('.react-flow__viewport')
        .evaluate((viewport) => viewport.getAttribute('style') ?? '');
      const still = now === last;
      last = now;
      expect(still, 'the canvas has stopped moving').toBe(true);
    },
    { timeout: 5_000, interval: 150, description: 'the canvas fitted' },
  );
}

/** Waits until the node's card shows it selected (its properties in the side panel). */
export async function expectSelected(page: Page, nodeId: string): Promise<void> {
  await page.locator(`[data-testid="flow-node-${nodeId}"].flow-node--selected`).waitFor();
  await sidePanel(page).getByTestId('node-panel').waitFor();
}

/**
 * Drags a node type from the palette onto the canvas (HTML5 drag and drop), dropped at `at` of the
 * canvas's box, and answers the new node's id once it is drawn and selected.
 */
export async function dropNode(page: Page, type: FlowNodeType, at: Point): Promise<string> {
  const before = new Set(await nodeIds(page));
  await page.getByTestId(`palette-${type}`).dragTo(draftCanvas(page), { targetPosition: at });
  const id = await expectEventually(
    async () => {
      const added = (await nodeIds(page)).filter((candidate) => !before.has(candidate));
      expect(added, 'the nodes the drop added').toHaveLength(1);
      return added[0]!;
    },
    { timeout: 10_000, description: `a ${type} node dropped on the canvas` },
  );
  await expectSelected(page, id);
  return id;
}

/** Selects a node with a click on its card's head (its properties open beside the canvas). */
export async function selectNode(page: Page, nodeId: string): Promise<void> {
  await nodeCard(page, nodeId).locator('.flow-node__head').click();
  await expectSelected(page, nodeId);
}

/** The centre of an element on the page. */
async function centreOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not on the page`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses at `from`, moves to `to` in small steps as a hand would, and lets go there. */
export async function dragBetween(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= steps; step += 1) {
    await page.mouse.move(
      from.x + ((to.x - from.x) * step) / steps,
      from.y + ((to.y - from.y) * step) / steps,
    );
    await page.waitForTimeout(10);
  }
  await page.mouse.up();
}

/**
 * Connects a node's output to another node: drags from the output's handle on the card to the
 * other node's input handle, then waits until the output is no longer marked open.
 */
export async function connectPorts(page: Page, source: string, port: string, target: string): Promise<void> {
  await draftCanvas(page).scrollIntoViewIfNeeded();
  const from = await centreOf(portRow(page, source, port).locator('.react-flow__handle.source'));
  const to = await centreOf(canvasNode(page, target).locator('.react-flow__handle.target'));
  await dragBetween(page, from, to);
  await expect
    .poll(() => portRow(page, source, port).getAttribute('class'), { timeout: 5_000 })
    .not.toContain('flow-node__port--open');
}

/** The value of a canvas node's count on the Analytics canvas (`到達`, `完了`…). */
export async function nodeCount(within: Locator, nodeId: string, term: string): Promise<number> {
  const counts = nodeCard(within, nodeId).getByTestId('flow-node-counts');
  const text = await counts
    .locator('div', { has: within.page().locator('dt', { hasText: term }) })
    .locator('dd')
    .textContent();
  return Number(text);
}
