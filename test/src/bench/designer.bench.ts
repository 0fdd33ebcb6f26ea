// The designer benchmark: the flow designer's canvas in headless Chromium with a 300-node draft —
// time to interactive, and frame times while panning, dragging a node and zooming (target: median
// frame < 20 ms). See designer-options.ts for the flags and docs/benchmarks.md ("Designer") for how
// to read the output.
import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, signIn } from '../support/browser.js';
import { EngineClient } from '../support/clients.js';
import { FlowsApi } from '../support/flows.js';
import { startStack, type Stack } from '../support/stack.js';
import { runBenchmark } from './cli.js';
import { recordFrames, type FrameFigures } from './designer-frames.js';
import { designerFlow } from './designer-graph.js';
import { dragNode, pan, zoom } from './designer-gestures.js';
import { designerUsage, parseDesignerOptions, type DesignerOptions } from './designer-options.js';
import { openCanvas } from './designer-page.js';
import {
  baselineRatioLines,
  designerGestures,
  formatDesignerRound,
  summarizeDesignerRounds,
  type DesignerRound,
  type GestureKey,
} from './designer-report.js';

let stack: Stack | undefined;
let browser: Browser | undefined;
const log = (text: string) => process.stdout.write(`${text}\n`);
const viewport = { width: 1440, height: 900 };
/** The small flow measured in every round beside the big one: the machine's own pace. */
const baselineNodes = 10;

async function main(options: DesignerOptions): Promise<number> {
  const target = await prepareTarget(options);
  const admin = new EngineClient(target.engineUrl);
  await admin.signIn(target.email, target.password);
  const suffix = String(randomInt(0, 100_000)).padStart(5, '0');
  const flow = await createFlow(admin, `Bench designer ${suffix}`, options.nodes);
  const baseline = await createFlow(admin, `Bench designer baseline ${suffix}`, baselineNodes);

  browser = await launchChromium();
  log(`Chromium ${browser.version()}, headless, ${viewport.width} x ${viewport.height}`);
  // Signed in once; each round a fresh context with the session's cookies and nothing cached.
  const signInContext = await browser.newContext({ locale: 'en-US', viewport });
  const signInPage = await signInContext.newPage();
  await signIn(signInPage, target.engineUrl, target.email, target.password);
  // Signed in once the app leaves the sign-in page (it then speaks the admin's profile language).
  await signInPage.waitForURL((url) => url.pathname !== '/sign-in');
  const storageState = await signInContext.storageState();
  await signInContext.close();

  const gestures: Record<GestureKey, (page: Page, nodeId: string, durationMs: number) => Promise<void>> = {
    pan: (page, _nodeId, durationMs) => pan(page, durationMs),
    drag: dragNode,
    zoom: (page, _nodeId, durationMs) => zoom(page, durationMs),
  };
  /** One round on a flow: the canvas opened in a fresh context, then each gesture's frames. */
  const measure = async (flowId: string): Promise<DesignerRound> => {
    const context = await browser!.newContext({ locale: 'en-US', viewport, storageState });
    try {
      const page = await context.newPage();
      const opened = await openCanvas(page, `${target.engineUrl}/flows/${flowId}?tab=draft`);
      const frames = {} as Record<GestureKey, FrameFigures>;
      for (const gesture of designerGestures)
        frames[gesture.key] = await recordFrames(page, () =>
          gestures[gesture.key](page, opened.nodeId, gesture.durationMs),
        );
      return { opened, frames };
    } finally {
      await context.close();
    }
  };
  const rounds: DesignerRound[] = [];
  const baselineRounds: DesignerRound[] = [];
  for (let index = 1; index <= options.rounds; index++) {
    baselineRounds.push(await measure(baseline.id));
    const entry = await measure(flow.id);
    rounds.push(entry);
    log('');
    log(formatDesignerRound(index, entry));
  }
  const summary = summarizeDesignerRounds(rounds, options.nodes);
  const baselineSummary = summarizeDesignerRounds(baselineRounds, baselineNodes);
  log('');
  for (const line of baselineSummary.lines) log(line);
  log('');
  for (const line of summary.lines) log(line);
  for (const line of baselineRatioLines(summary, baselineSummary, baselineNodes)) log(line);
  log(JSON.stringify({ ...summary.json, baseline: baselineSummary.json }));
  return 0;
}

/** A valid flow of `nodes` nodes as the draft of a new flow; the engine must find no problem in it. */
async function createFlow(admin: EngineClient, name: string, nodes: number) {
  const graph = designerFlow(nodes);
  const flow = await new FlowsApi(admin).create(name, graph);
  if (flow.problems.length > 0)
    throw new Error(`the engine found problems in ${name}: ${JSON.stringify(flow.problems.slice(0, 5))}`);
  log(`Flow "${name}": ${graph.nodes.length} nodes, ${graph.edges.length} edges, no problems, as its draft`);
  return flow;
}

async function prepareTarget(
  options: DesignerOptions,
): Promise<{ engineUrl: string; email: string; password: string }> {
  if (options.engine && options.adminPassword) {
    log(`Target: engine ${options.engine}`);
    return { engineUrl: options.engine, email: options.adminEmail, password: options.adminPassword };
  }
  log('Starting an own stack (Temporal dev server, WhatsApp sandbox, engine) on free ports...');
  stack = await startStack({
    output: options.stackOutput,
    engineLogLevel: 'warn',
    keepData: options.keepData,
  });
  log(`Own stack: engine ${stack.engine.url} (pid ${stack.engine.pid}), data ${stack.dataDir}`);
  return { engineUrl: stack.engine.url, email: stack.admin.email, password: stack.admin.password };
}

async function shutdown(code: number): Promise<never> {
  await browser?.close().catch(() => {});
  await stack?.stop().catch(() => {});
  process.exit(code);
}

await runBenchmark({
  parse: (argv) => parseDesignerOptions(argv),
  usage: designerUsage,
  // Start-up (the stack, Chromium from apt when missing); per round the page's load and the gestures.
  deadlineMs: (options) => (600 + options.rounds * 360) * 1000,
  main,
  shutdown,
  recentOutput: () => stack?.recentOutput(40),
});
