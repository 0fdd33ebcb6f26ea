import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { flowVersionSchema, type FlowDetail, type Team } from '@parley/contracts';
import { greetingFlow } from '@parley/workflows/flows/testing';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { expectNoSeriousViolations } from '../support/axe.js';
import { english, screenshot, screenshotDir, signIn, useBrowser } from '../support/browser.js';
import {
  canvasNode,
  connectPorts,
  draftCanvas,
  dropNode,
  fitCanvas,
  nodeCard,
  nodeCount,
  nodeIds,
  panelField,
  portRow,
  problemsBadge,
  selectNode,
  sidePanel,
  zoomOutTo,
} from '../support/canvas.js';
import { type EngineClient, SandboxClient } from '../support/clients.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import {
  activateOn,
  compareVersions,
  flowTab,
  flowUrl,
  japaneseAdmin,
  newTeam,
  publishDraft,
  rollBackTo,
  sandboxAccount,
  saveState,
  savedAs,
  textOf,
} from '../support/flow-page.js';
import {
  buttonsOf,
  type Customer,
  FlowsApi,
  listenFor,
  newCustomer,
  nodeCounts,
  receivedAtLeast,
  uniqueKeyword,
} from '../support/flows.js';
import { useStack } from '../support/use-stack.js';

// Issue 17's walk-through in Chromium, by the demo admin in Japanese: the greeting flow built on the
// canvas by dragging nodes from the palette and their ports to one another (a button title too long
// for WhatsApp badged on its node, then fixed), published and activated; a sandbox customer taps
// through it; copy, paste, undo and redo; a stale save from a second browser; a second version,
// its diff drawn on the canvas, and a rollback; the counts on the Analytics canvas; the test chat;
// axe-core over each screen, and the canvas once in English.

const running = useStack({ statusDelaysMs: '20,40,60' });
const chromium = useBrowser();
const viewport = { width: 1440, height: 1000 };

let admin: EngineClient;
let sandbox: SandboxClient;
let flows: FlowsApi;
let account: { id: string; name: string };
let team: Team;
let context: BrowserContext;
/** The admin's page, in Japanese, kept across the walk-through's steps. */
let page: Page;

/** What the first test built, for the others: the flow, and its nodes' ids as the canvas made them. */
const walk: {
  keyword: string;
  customer: Customer;
  flow?: FlowDetail;
  ids?: { trigger: string; menu: string; order: string; talk: string; hours: string; done: string };
  /** The menu's buttons' ports, in order: My order, Talk to us, Opening hours. */
  buttons?: string[];
} = {
  keyword: uniqueKeyword('irasshai'),
  customer: { ...newCustomer('designer'), name: `佐藤 美咲 ${randomInt(1e3, 9e3)}` },
};

const hoursText = 'We are open 9–18';
const orderText = 'Your order is on its way: you will get a message when it arrives.';

beforeAll(async () => {
  ({ admin } = running);
  sandbox = new SandboxClient(running.stack.sandbox.url);
  flows = new FlowsApi(admin);
  account = await sandboxAccount(admin, running.stack);
  team = await newTeam(admin);
  ({ context, page } = await japaneseAdmin(chromium.browser, running.stack, viewport));
}, 120_000);

afterAll(async () => {
  await context?.close();
});

// What the admin's page showed when a test failed, beside the other screenshots.
beforeEach(({ task }) => {
  onTestFailed(async () => {
    const slug = task.name.replace(/[^a-z]+/gi, '-').slice(0, 40);
    await screenshot(page, `designer-failed-${slug}`).catch(() => undefined);
  });
});

/** The flow and its node ids, once the first test has built them. */
function built() {
  const { flow, ids, buttons } = walk;
  if (!flow || !ids || !buttons) throw new Error('the first test built no flow');
  return { flow, ids, buttons };
}

/**
 * axe-core over a screen: serious or critical violations fail the test at its end, while the
 * walk-through goes on to the next screens (so one run names every screen's violations).
 */
async function expectAccessible(on: Page, label: string) {
  await expectNoSeriousViolations(on, label).catch((error: unknown) =>
    expect.soft(error instanceof Error ? error.message : String(error), 'axe-core').toBe(''),
  );
}

/**
 * A screenshot of the page; with `focus`, of the window scrolled to it (a canvas sized to the window
 * comes out cut off in a whole-page screenshot).
 */
async function shot(on: Page, name: string, focus?: Locator) {
  if (!focus) return screenshot(on, name);
  await focus.scrollIntoViewIfNeeded();
  mkdirSync(screenshotDir, { recursive: true });
  await on.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Opens the flow's Draft tab on the canvas, its nodes drawn. */
async function openCanvas(on: Page, flowId: string) {
  await on.goto(flowUrl(running.stack, flowId, 'draft'));
  await draftCanvas(on).locator('.react-flow__node').first().waitFor();
}

/** The customer writes the keyword and taps the menu's button of `title`: answers the phone's messages. */
async function tapThrough(customer: Customer, title: string, before: number) {
  const sent = await sandbox.sendAsCustomer(customer.waId, walk.keyword, customer.name);
  expect(sent.webhookStatus).toBe(200);
  const menu = (await receivedAtLeast(sandbox, customer, before + 1))[before]!;
  expect(menu.text).toBe('How can we help?');
  const buttons = buttonsOf(menu);
  expect(buttons.map(([, buttonTitle]) => buttonTitle)).toEqual(['My order', 'Talk to us', 'Opening hours']);
  const [buttonId] = buttons.find(([, buttonTitle]) => buttonTitle === title)!;
  expect((await sandbox.tap(customer.waId, menu.id, { buttonId })).webhookStatus).toBe(200);
  return receivedAtLeast(sandbox, customer, before + 2);
}

/**
 * The canvas in English, for a screenshot: the demo admin's profile speaks Japanese, and the
 * signed-in app speaks the profile's language, so it is English for the time of the screenshot.
 */
async function englishScreenshot(flowId: string, name: string) {
  const previous = admin.session?.user.locale ?? 'ja';
  const other = await chromium.browser.newContext({ locale: 'en-US', viewport });
  try {
    expect((await admin.raw('PATCH', '/api/auth/profile', { locale: 'en' })).status).toBe(200);
    const englishPage = await other.newPage();
    await signIn(
      englishPage,
      running.stack.engine.url,
      running.stack.admin.email,
      running.stack.admin.password,
      english,
    );
    await englishPage.getByRole('navigation', { name: 'Main' }).waitFor();
    await openCanvas(englishPage, flowId);
    await englishPage
      .getByRole('toolbar', { name: 'Canvas' })
      .getByRole('button', { name: 'Undo' })
      .waitFor();
    await englishPage.getByTestId('flow-palette').getByRole('heading', { name: 'Messages' }).waitFor();
    await shot(englishPage, name, draftCanvas(englishPage));
  } finally {
    await admin.raw('PATCH', '/api/auth/profile', { locale: previous });
    await other.close();
  }
}

describe('the flow designer in the web app', () => {
  it(
    'builds the greeting flow by dragging nodes and ports on the canvas, fixes its problem, publishes and activates it',
    { timeout: 240_000 },
    async () => {
      // 1. Flows, from the navigation; a new flow, which starts as a lone trigger.
      await page
        .getByRole('navigation', { name: 'メイン' })
        .getByRole('link', { name: 'フロー', exact: true })
        .click();
      await page.getByRole('heading', { name: 'フロー', level: 1 }).waitFor();
      await expectAccessible(page, 'the flows list');
      await page.getByRole('button', { name: '新しいフロー', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '新しいフロー' });
      const name = `挨拶フロー ${walk.keyword}`;
      await dialog.getByLabel('名前', { exact: true }).fill(name);
      await dialog.getByRole('button', { name: 'フローを作成' }).click();
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      const flowId = new URL(page.url()).pathname.split('/').at(-1)!;
      await draftCanvas(page).locator('.react-flow__node').first().waitFor();
      expect(await nodeIds(page)).toEqual(['trigger']);
      await shot(page, 'designer-new-ja', draftCanvas(page));

      // The starter trigger goes (selected, Delete); the canvas zooms out to make room.
      await selectNode(page, 'trigger');
      await page.keyboard.press('Delete');
      await expect.poll(() => nodeIds(page)).toEqual([]);
      await zoomOutTo(page, 0.5);
      const box = (await draftCanvas(page).boundingBox())!;
      const at = (x: number, y: number) => ({ x: box.width * x, y: box.height * y });

      // 2. The nodes, dragged from the palette; each opens its properties beside the canvas.
      const trigger = await dropNode(page, 'trigger', at(0.03, 0.3));
      await panelField(page, 'match.kind').selectOption('keyword');
      await panelField(page, 'match.keywords').fill(walk.keyword);
      await panelField(page, 'match.mode').selectOption('exact');

      const menu = await dropNode(page, 'reply_buttons', at(0.27, 0.25));
      await panelField(page, 'label').fill('Main menu');
      await panelField(page, 'body').fill('How can we help?');
      await panelField(page, 'buttons.0.title').fill('My order');
      await panelField(page, 'buttons.1.title').fill('Talk to us');
      await panelField(page, 'buttons').getByRole('button', { name: 'ボタンを追加', exact: true }).click();
      // "Our opening hours today": 23 characters, where WhatsApp allows a button 20.
      await panelField(page, 'buttons.2.title').fill('Our opening hours today');
      await expect.poll(() => panelField(page, 'buttons.2.title').getAttribute('aria-invalid')).toBe('true');
      await problemsBadge(page, menu).waitFor();

      const order = await dropNode(page, 'send_message', at(0.52, 0.08));
      await panelField(page, 'content.text').fill(orderText);
      const talk = await dropNode(page, 'assign', at(0.52, 0.4));
      await panelField(page, 'label').fill('To support');
      await panelField(page, 'target.teamId').selectOption({ label: team.name });
      const hours = await dropNode(page, 'send_message', at(0.52, 0.62));
      await panelField(page, 'content.text').fill(hoursText);
      const done = await dropNode(page, 'end', at(0.78, 0.3));
      expect(new Set([trigger, menu, order, talk, hours, done]).size).toBe(6);
      await shot(page, 'designer-nodes-dropped-ja', draftCanvas(page));

      // 3. The ports, dragged from each output's handle to the next node's input.
      const buttons = await page
        .locator(`[data-testid^="flow-port-${menu}-"]`)
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')!.split('-').at(-1)!));
      expect(buttons).toHaveLength(4);
      expect(buttons.at(-1)).toBe('no_match');
      const [orderPort, talkPort, hoursPort] = buttons as [string, string, string];
      await connectPorts(page, trigger, 'next', menu);
      await connectPorts(page, menu, orderPort, order);
      await connectPorts(page, menu, talkPort, talk);
      await connectPorts(page, menu, hoursPort, hours);
      await connectPorts(page, order, 'next', done);
      // The keyboard's way: the opening-hours reply's output chosen in its properties.
      await selectNode(page, hours);
      await panelField(page, 'ports.next').selectOption(done);
      await portRow(page, hours, 'next').getByText('未接続').waitFor({ state: 'hidden' });
      // No match ends the flow, ticked in the menu's outputs.
      await selectNode(page, menu);
      await sidePanel(page)
        .locator('li', { has: page.locator('[data-field-path="ports.no_match"]') })
        .getByRole('checkbox', { name: 'ここでフローを終了する' })
        .check();
      await portRow(page, menu, 'no_match').getByText('フローを終了').waitFor();

      // The one problem left: the long title, on its node and in the list.
      await expect.poll(() => problemsBadge(page, menu).textContent()).toBe('問題 1 件');
      await fitCanvas(page);
      const problems = page.getByRole('region', { name: '1 件の問題' });
      expect(await problems.getByTestId('flow-problem').getAttribute('data-node-id')).toBe(menu);
      await shot(page, 'designer-draft-problem-ja', draftCanvas(page));

      // Fixed: the badge goes, nothing is left to fix, and the draft is saved.
      await panelField(page, 'buttons.2.title').fill('Opening hours');
      await problemsBadge(page, menu).waitFor({ state: 'hidden' });
      await page.getByTestId('flow-problems-none').waitFor();
      await savedAs(
        page,
        flows,
        flowId,
        (detail) => detail.problems.length === 0 && detail.draft.graph.edges.length === 6,
      );
      // Laid out from the toolbar: the nodes move, and the draft is saved with them.
      const dropped = (await flows.get(flowId)).draft.graph;
      await page.getByTestId('canvas-layout').click();
      await savedAs(
        page,
        flows,
        flowId,
        (detail) => JSON.stringify(detail.draft.graph.nodes) !== JSON.stringify(dropped.nodes),
      );
      await fitCanvas(page);
      const draft = (await flows.get(flowId)).draft.graph;
      expect(draft.nodes.find((node) => node.id === trigger)).toMatchObject({
        match: { kind: 'keyword', keywords: [walk.keyword], mode: 'exact' },
      });
      expect(draft.nodes.find((node) => node.id === menu)).toMatchObject({
        type: 'reply_buttons',
        label: 'Main menu',
        body: 'How can we help?',
        buttons: [{ title: 'My order' }, { title: 'Talk to us' }, { title: 'Opening hours' }],
        terminalPorts: ['no_match'],
      });
      expect(draft.nodes.find((node) => node.id === talk)).toMatchObject({
        target: { kind: 'team', teamId: team.id },
      });
      expect(textOf(draft, hours)).toBe(hoursText);
      await shot(page, 'designer-draft-built-ja', draftCanvas(page));
      await expectAccessible(page, 'the Draft tab’s canvas');

      // The shortcuts, from the toolbar.
      await page.getByTestId('canvas-help').click();
      const shortcuts = page.getByRole('dialog', { name: 'キーボードショートカット' });
      await shortcuts.getByTestId('flow-shortcuts').waitFor();
      await shot(page, 'designer-shortcuts-ja');
      await expectAccessible(page, 'the shortcuts dialog');
      await page.keyboard.press('Escape');
      const closed = await shortcuts.waitFor({ state: 'hidden', timeout: 3_000 }).then(
        () => true,
        () => false,
      );
      expect.soft(closed, 'Escape closes the shortcuts dialog').toBe(true);
      if (!closed) await shortcuts.getByRole('button', { name: '閉じる', exact: true }).click();
      await shortcuts.waitFor({ state: 'hidden' });

      // 4. Published with a note, active on the sandbox's number.
      await publishDraft(page, '最初の挨拶フロー', 1);
      await activateOn(page, account.name);
      walk.flow = await flows.get(flowId);
      expect(walk.flow).toMatchObject({
        publishedVersion: 1,
        status: 'active',
        channelAccountIds: [account.id],
      });
      walk.ids = { trigger, menu, order, talk, hours, done };
      walk.buttons = buttons;
      await shot(page, 'designer-published-ja');
      await englishScreenshot(flowId, 'designer-canvas-en');
    },
  );

  it(
    'answers the sandbox customer on the branch they tap, and only on that one',
    { timeout: 60_000 },
    async () => {
      const { customer } = walk;
      built();
      const phone = await tapThrough(customer, 'Opening hours', 0);
      expect(phone.map((message) => message.text)).toEqual(['How can we help?', hoursText]);
      // The order branch's message is never sent.
      await expectConsistently(async () => {
        const messages = await receivedAtLeast(sandbox, customer, 2);
        expect(messages.map((message) => message.text)).toEqual(['How can we help?', hoursText]);
      });
    },
  );

  it(
    'copies and pastes a node with the keyboard, and undoes and redoes it with keys and the toolbar',
    { timeout: 120_000 },
    async () => {
      const { flow, ids } = built();
      await openCanvas(page, flow.id);
      const count = (await nodeIds(page)).length;
      const holds = (id: string, present: boolean) =>
        savedAs(
          page,
          flows,
          flow.id,
          (detail) => detail.draft.graph.nodes.some((node) => node.id === id) === present,
        );

      await selectNode(page, ids.hours);
      await page.keyboard.press('Control+C');
      await expect
        .poll(() => page.getByTestId('canvas-notice').textContent())
        .toBe('1 個のノードをコピーしました。');
      await page.keyboard.press('Control+V');
      await expect.poll(async () => (await nodeIds(page)).length).toBe(count + 1);
      const pasted = (await nodeIds(page)).find((id) => !Object.values(ids).includes(id))!;
      await nodeCard(page, pasted).getByText(hoursText).waitFor();
      await holds(pasted, true);
      await shot(page, 'designer-pasted-ja', draftCanvas(page));

      await page.keyboard.press('Control+Z');
      await canvasNode(page, pasted).waitFor({ state: 'detached' });
      await holds(pasted, false);
      await page.keyboard.press('Control+Shift+Z');
      await canvasNode(page, pasted).waitFor();
      await holds(pasted, true);
      await page.getByTestId('canvas-undo').click();
      await canvasNode(page, pasted).waitFor({ state: 'detached' });
      await page.getByTestId('canvas-redo').click();
      await canvasNode(page, pasted).waitFor();
      await page.keyboard.press('Control+Z');
      await canvasNode(page, pasted).waitFor({ state: 'detached' });
      await holds(pasted, false);
      expect((await nodeIds(page)).length).toBe(count);
      expect((await flows.get(flow.id)).unpublishedChanges).toBe(false);
    },
  );

  it(
    'stops a stale save from a second browser and draws the other one’s draft once reloaded',
    { timeout: 120_000 },
    async () => {
      const graph = listenFor(greetingFlow(), uniqueKeyword('stale'));
      const assign = graph.nodes.find((node) => node.id === 'talk');
      if (assign?.type === 'assign') assign.target = { kind: 'team', teamId: team.id };
      const flow = await flows.create(`挨拶フロー ${randomInt(1e3, 9e3)}`, graph);
      const theirs = 'Still there? (saved in the other browser)';
      const { context: other, page: otherPage } = await japaneseAdmin(
        chromium.browser,
        running.stack,
        viewport,
      );
      try {
        await openCanvas(page, flow.id);
        await openCanvas(otherPage, flow.id);
        await selectNode(otherPage, 'reminder');
        await panelField(otherPage, 'content.text').fill(theirs);
        await savedAs(
          otherPage,
          flows,
          flow.id,
          (detail) => detail.draft.revision === flow.draft.revision + 1,
        );

        // This browser, still on the old revision, edits: nothing is saved, the banner says why.
        await selectNode(page, 'hours_reply');
        await panelField(page, 'content.text').fill('We are open 8–20 (mine)');
        const banner = page.getByTestId('flow-stale');
        await banner.waitFor({ timeout: 15_000 });
        expect(await saveState(page).textContent()).toBe('未保存: ほかの場所で変更されました');
        expect(textOf((await flows.get(flow.id)).draft.graph, 'hours_reply')).toBe(hoursText);
        await shot(page, 'designer-stale-ja', banner);

        // Reloaded: the canvas draws theirs, and nothing of mine.
        await banner.getByRole('button', { name: /読み込み直す/ }).click();
        await banner.waitFor({ state: 'hidden' });
        await nodeCard(page, 'reminder').getByText(theirs).waitFor();
        await nodeCard(page, 'hours_reply').getByText(hoursText).waitFor();
        expect(await saveState(page).textContent()).toBe('保存済み');
        const detail = await flows.get(flow.id);
        expect(detail.draft.revision).toBe(flow.draft.revision + 1);
        expect(textOf(detail.draft.graph, 'reminder')).toBe(theirs);
        await shot(page, 'designer-stale-reloaded-ja', draftCanvas(page));
      } finally {
        await other.close();
      }
    },
  );

  it(
    'publishes a second version, draws its diff on the canvas and rolls back to the first',
    { timeout: 120_000 },
    async () => {
      const { flow, ids } = built();
      await openCanvas(page, flow.id);
      await selectNode(page, ids.hours);
      const newHours = 'We are open 10–19, also on Saturdays';
      await panelField(page, 'content.text').fill(newHours);
      await savedAs(page, flows, flow.id, (detail) => textOf(detail.draft.graph, ids.hours) === newHours);
      await publishDraft(page, '営業時間を変更', 2);

      // The diff of 1 → 2 on the canvas: the hours reply changed, nothing added or removed.
      await flowTab(page, 'バージョン').click();
      await compareVersions(page, [1, 2]);
      const diff = page.getByTestId('flow-diff-canvas');
      await nodeCard(diff, ids.hours).waitFor();
      expect(await nodeCard(diff, ids.hours).getAttribute('class')).toContain('flow-node--changed');
      expect(await diff.locator('.flow-node--changed').count()).toBe(1);
      expect(await diff.locator('.flow-node--added, .flow-node--removed').count()).toBe(0);
      await shot(page, 'designer-versions-diff-ja', diff);
      await expectAccessible(page, 'the Versions tab’s diff');

      // Back to version 1: version 3 is its graph again, and the customer gets its hours.
      await rollBackTo(page, 1, '元の営業時間に戻す');
      await page.getByText('バージョン 1 のコピーとしてバージョン 3 を公開しました。').waitFor();
      const version = (n: number) =>
        admin.call('GET', `/api/flows/${flow.id}/versions/${n}`, flowVersionSchema);
      expect((await version(3)).graph).toEqual((await version(1)).graph);
      const phone = await tapThrough(walk.customer, 'Opening hours', 2);
      expect(phone[3]!.text).toBe(hoursText);
      await shot(page, 'designer-rolled-back-ja');
    },
  );

  it('draws the runs’ counts on the Analytics canvas', { timeout: 90_000 }, async () => {
    const { flow, ids } = built();
    await expectEventually(
      async () =>
        expect(nodeCounts(await flows.analytics(flow.id, 3))[ids.trigger]?.entered).toBeGreaterThanOrEqual(1),
      { description: 'the run in version 3 counted' },
    );
    await page.goto(flowUrl(running.stack, flow.id, 'analytics'));
    const drawn = page.getByTestId('flow-analytics-canvas');
    await nodeCard(drawn, ids.trigger).getByTestId('flow-node-counts').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => nodeCount(drawn, ids.trigger, '到達'), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(1);
    expect(await nodeCount(drawn, ids.hours, '到達')).toBeGreaterThanOrEqual(1);
    expect(await nodeCount(drawn, ids.order, '到達')).toBe(0);
    await shot(page, 'designer-analytics-ja', drawn);
    await expectAccessible(page, 'the Analytics tab');
  });

  it(
    'runs the draft in the test chat: the buttons, a tap, the answer and the node where the run is',
    { timeout: 120_000 },
    async () => {
      const { flow, ids } = built();
      await openCanvas(page, flow.id);
      await page.getByTestId('canvas-test').click();
      const chat = sidePanel(page).getByTestId('test-chat');
      await chat.getByTestId('test-chat-input').fill(walk.keyword);
      await chat.getByTestId('test-chat-input').press('Enter');
      const bubble = chat.locator('[data-testid="test-chat-message"][data-kind="buttons"]');
      await bubble.getByText('How can we help?').waitFor({ timeout: 30_000 });
      await shot(page, 'designer-test-chat-buttons-ja', draftCanvas(page));
      await bubble.getByRole('button', { name: 'Opening hours', exact: true }).click();
      await chat.getByTestId('test-chat-message').getByText(hoursText).waitFor({ timeout: 30_000 });
      await expect.poll(() => draftCanvas(page).locator('.flow-node--active').count()).toBe(1);
      const active = await draftCanvas(page).locator('.flow-node--active').getAttribute('data-testid');
      expect([`flow-node-${ids.hours}`, `flow-node-${ids.done}`]).toContain(active);
      await shot(page, 'designer-test-chat-answered-ja', draftCanvas(page));
    },
  );
});
