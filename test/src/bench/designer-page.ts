import type { Page } from 'playwright-core';

/** The draft's canvas, from navigation start (the page's `performance.now()`). */
export interface CanvasOpened {
  /** The first node drawn: measured by React Flow, so visible. */
  drawnMs: number;
  /** A click on a node has selected it. */
  interactiveMs: number;
  /** Node elements React Flow rendered. */
  renderedNodes: number;
  /** The node clicked: the one nearest the canvas's centre. */
  nodeId: string;
}

const canvas = '[data-testid="flow-canvas"]';

/** The page's elements, as far as these checks need them (the test's types have no DOM). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Element {
  getBoundingClientRect(): Box;
  getAttribute(name: string): string | null;
}
interface View {
  document: {
    querySelector(selector: string): Element | null;
    querySelectorAll(selector: string): Iterable<Element>;
  };
  getComputedStyle(element: Element): { visibility: string };
}

/**
 * Opens the flow's Draft tab and waits until it is interactive: the canvas shows its nodes and a
 * click on the node nearest its centre selects it. Times are the page's own, from navigation start.
 */
export async function openCanvas(page: Page, url: string): Promise<CanvasOpened> {
  await page.goto(url, { waitUntil: 'commit' });
  const drawn = await page.waitForFunction(
    (selector) => {
      const view = globalThis as unknown as View;
      const nodes = [...view.document.querySelectorAll(`${selector} .react-flow__node`)];
      const shown = nodes.some(
        (node) =>
          view.getComputedStyle(node).visibility === 'visible' && node.getBoundingClientRect().width > 0,
      );
      return shown ? performance.now() : false;
    },
    canvas,
    { timeout: 120_000 },
  );
  const drawnMs = Number(await drawn.jsonValue());
  const nodeId = await centralNodeId(page);
  await page.locator(`${canvas} .react-flow__node[data-id="${nodeId}"]`).click();
  const selected = await page.waitForFunction(
    (selector) => {
      const view = globalThis as unknown as View;
      return view.document.querySelector(`${selector} .react-flow__node.selected`)
        ? performance.now()
        : false;
    },
    canvas,
    { timeout: 30_000 },
  );
  const interactiveMs = Number(await selected.jsonValue());
  const renderedNodes = await page.locator(`${canvas} .react-flow__node`).count();
  return { drawnMs, interactiveMs, renderedNodes, nodeId };
}

/** The id of the drawn node nearest the centre of the canvas's pane. */
export async function centralNodeId(page: Page): Promise<string> {
  const id = await page.evaluate((selector) => {
    const view = globalThis as unknown as View;
    const pane = view.document.querySelector(`${selector} .react-flow__pane`)?.getBoundingClientRect();
    if (!pane) return null;
    const centre = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
    const distance = (node: Element) => {
      const box = node.getBoundingClientRect();
      return Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y);
    };
    const nodes = [...view.document.querySelectorAll(`${selector} .react-flow__node`)].filter(
      (node) => view.getComputedStyle(node).visibility === 'visible',
    );
    nodes.sort((a, b) => distance(a) - distance(b));
    return nodes[0]?.getAttribute('data-id') ?? null;
  }, canvas);
  if (!id) throw new Error('the canvas shows no node');
  return id;
}
