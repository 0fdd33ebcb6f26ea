import { randomInt, randomUUID } from 'node:crypto';
import { flowSettingsResponseSchema, type FlowDetail, type Team } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { screenshot, useBrowser } from '../support/browser.js';
import { type EngineClient, SandboxClient, type SandboxPhoneMessage } from '../support/clients.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import {
  activateOn,
  compareVersions,
  flowTab,
  flowUrl,
  japaneseAdmin,
  newTeam,
  publishButton,
  publishDraft,
  rollBackTo,
  sandboxAccount,
  saveState,
  savedAs,
  textOf,
  versionRow,
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

// The walk-through in Chromium, by the demo admin in Japanese: a new flow "挨拶フロー"
// written as JSON in the Draft tab (first with a button title too long for WhatsApp, which the
// problems list names and which keeps Publish off, then fixed), autosaved, published with a note and
// activated on the sandbox's number; a sandbox customer goes through it and the Analytics tab counts
// their run; a second version, its diff and a rollback; a test run of the draft with its live trace;
// a stale save from a second browser; and the flow settings' hosts and secrets.

const running = useStack({ statusDelaysMs: '20,40,60' });
const chromium = useBrowser();

let admin: EngineClient;
let sandbox: SandboxClient;
let flows: FlowsApi;
let account: { id: string; name: string };
let team: Team;
let context: BrowserContext;
const viewport = { width: 1280, height: 1000 };
/** The admin's page, in Japanese, kept across the walk-through's steps. */
let page: Page;

/** The walk-through's flow and customer, from the first test on. */
const walk: { flow?: FlowDetail; keyword: string; customer: Customer } = {
  keyword: uniqueKeyword('konnichiwa'),
  customer: { ...newCustomer('greeting'), name: `山田 花子 ${randomInt(1e3, 9e3)}` },
};

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
    await screenshot(page, `flows-failed-${slug}`).catch(() => undefined);
  });
});

/** The greeting flow as the walk-through writes it: its keyword, and the team created for it. */
function walkGraph(): FlowGraph {
  const graph = listenFor(greetingFlow(), walk.keyword);
  const talk = graph.nodes.find((node) => node.id === 'talk');
  if (talk?.type !== 'assign') throw new Error('the greeting flow has no assign node "talk"');
  talk.target = { kind: 'team', teamId: team.id };
  return graph;
}

const editor = (on: Page) => on.getByLabel('グラフ（JSON）', { exact: true });

/** The Draft tab opens on the canvas: these steps write the graph in its JSON view. */
async function jsonView(on: Page) {
  await on.getByTestId('draft-mode-json').click();
  await editor(on).waitFor();
}

/** Replaces the editor's JSON the way an admin pastes over it: select all, then type the new text. */
async function typeGraph(on: Page, graph: unknown) {
  const area = editor(on);
  await area.click();
  await on.keyboard.press('ControlOrMeta+A');
  await on.keyboard.insertText(JSON.stringify(graph, null, 2));
}

/** The editor's graph as it stands, parsed. */
async function editorGraph(on: Page): Promise<FlowGraph> {
  return JSON.parse(await editor(on).inputValue()) as FlowGraph;
}

/** What the page's form controls are in the browser (the test's types have no DOM). */
interface FormControl {
  type: string;
  labels: { length: number } | null;
  getAttribute(name: string): string | null;
  getClientRects(): { length: number };
}
interface TextArea {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

/**
 * Basic accessibility, short of an axe run: the page has its one main heading, the sections are
 * headed, and every visible form control has a name.
 */
async function expectStructure(on: Page, title: string, sections: string[] = []) {
  await on.getByRole('heading', { name: title, level: 1 }).waitFor();
  expect(await on.getByRole('heading', { level: 1 }).count()).toBe(1);
  for (const section of sections)
    await on.getByRole('heading', { name: section, level: 2 }).first().waitFor();
  const unnamed = await on.locator('main input, main select, main textarea').evaluateAll((controls) =>
    controls
      .filter((control) => {
        const element = control as unknown as FormControl;
        if (element.type === 'hidden' || element.getClientRects().length === 0) return false;
        const labelled =
          (element.labels?.length ?? 0) > 0 ||
          element.getAttribute('aria-label') ||
          element.getAttribute('aria-labelledby');
        return !labelled;
      })
      .map((control) => control.outerHTML.slice(0, 120)),
  );
  expect(unnamed, 'form controls without a name').toEqual([]);
}

describe('flows in the web app', () => {
  it(
    'writes the greeting flow, shows its problem, publishes it, activates it and counts a customer’s run, in Japanese',
    { timeout: 120_000 },
    async () => {
      const { customer, keyword } = walk;
      // 1. Flows, from the navigation; a new flow.
      await page
        .getByRole('navigation', { name: 'メイン' })
        .getByRole('link', { name: 'フロー', exact: true })
        .click();
      await expectStructure(page, 'フロー');
      await page.getByRole('button', { name: '新しいフロー', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '新しいフロー' });
      const name = `挨拶フロー ${keyword}`;
      await dialog.getByLabel('名前', { exact: true }).fill(name);
      await screenshot(page, 'flows-new-ja');
      await dialog.getByRole('button', { name: 'フローを作成' }).click();
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      const flowId = new URL(page.url()).pathname.split('/').at(-1)!;
      await jsonView(page);
      await expectStructure(page, name, ['問題', '有効にする場所']);

      // The greeting flow, but "Opening hours" renamed beyond WhatsApp's 20 characters.
      const tooLong = walkGraph();
      const menu = tooLong.nodes.find((node) => node.id === 'menu');
      if (menu?.type !== 'reply_buttons') throw new Error('the greeting flow has no menu');
      menu.buttons[2]!.title = 'Our opening hours today';
      await typeGraph(page, tooLong);
      const problems = page.getByRole('region', { name: '1 件の問題' });
      const problem = problems.getByTestId('flow-problem');
      await problem.waitFor();
      expect(await problems.getByTestId('flow-problem').count()).toBe(1);
      expect(await problem.getAttribute('data-node-id')).toBe('menu');
      expect(await problem.locator('.flow-problem__rule').textContent()).toBe('チャネルの上限を超えている');
      expect(await problem.locator('.flow-problem__node').textContent()).toBe('Main menu（menu）');
      expect(await problem.locator('.flow-problem__path').textContent()).toBe('buttons.2.title');
      // A draft with problems is saved all the same, but can't be published.
      await savedAs(page, flows, flowId, (detail) =>
        detail.problems.some((found) => found.nodeId === 'menu' && found.rule === 'channel_limit'),
      );
      expect(await publishButton(page).isDisabled()).toBe(true);
      // Japanese has no singular: the count is in the text.
      await page.getByText('公開するには、下の 1 件の問題を直してください。').waitFor();
      // The problem takes the admin to the title in the JSON.
      await problem.click();
      await expect
        .poll(() =>
          editor(page).evaluate((element) => {
            const area = element as unknown as TextArea;
            return area.value.slice(area.selectionStart, area.selectionEnd);
          }),
        )
        .toContain('Our opening hours today');
      await screenshot(page, 'flows-draft-problem-ja');

      // Fixed: no problems, saved, published with a note.
      await typeGraph(page, walkGraph());
      await page.getByTestId('flow-problems-none').waitFor();
      expect(await page.getByTestId('flow-problems-none').textContent()).toBe(
        '問題はありません。下書きを公開できます。',
      );
      await page.getByRole('heading', { name: '問題', exact: true, level: 2 }).waitFor();
      await savedAs(page, flows, flowId, (detail) => detail.problems.length === 0);
      await expect.poll(() => publishButton(page).isDisabled()).toBe(false);
      await screenshot(page, 'flows-draft-valid-ja');
      await publishDraft(page, '最初の挨拶フロー', 1);
      await page.getByTestId('flow-facts').getByText('バージョン 1 を公開中').waitFor();
      walk.flow = await flows.get(flowId);
      expect(walk.flow).toMatchObject({ publishedVersion: 1, status: 'inactive', unpublishedChanges: false });

      // 2. Active on the sandbox's number.
      await activateOn(page, account.name);
      expect(await flows.get(flowId)).toMatchObject({ status: 'active', channelAccountIds: [account.id] });
      await screenshot(page, 'flows-published-active-ja');

      // 3. The customer writes the keyword, gets the menu, taps "Opening hours" and gets the answer.
      const sent = await sandbox.sendAsCustomer(customer.waId, keyword, customer.name);
      expect(sent.webhookStatus).toBe(200);
      const [menuMessage] = await receivedAtLeast(sandbox, customer, 1);
      expect(menuMessage!.text).toBe('How can we help?');
      expect(buttonsOf(menuMessage).map(([, title]) => title)).toEqual([
        'My order',
        'Talk to us',
        'Opening hours',
      ]);
      const tapped = await sandbox.tap(customer.waId, menuMessage!.id, { buttonId: 'flow:menu:hours' });
      expect(tapped.webhookStatus).toBe(200);
      const phone = await receivedAtLeast(sandbox, customer, 2);
      expect(phone.map((message) => message.text)).toEqual(['How can we help?', 'We are open 9–18']);

      // The Analytics tab counts the run, node by node.
      await expectEventually(
        async () => {
          const counts = nodeCounts(await flows.analytics(flowId, 1));
          expect(counts.hours_reply?.entered).toBe(1);
          expect(counts.done?.entered).toBe(1);
        },
        { description: 'the run counted' },
      );
      await flowTab(page, '分析').click();
      const table = page.getByRole('table', { name: 'ノード別の実行' });
      const cellsOf = (label: string) =>
        table.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');
      await expect.poll(() => cellsOf('Main menu').first().textContent(), { timeout: 30_000 }).toBe('1');
      expect(await cellsOf('Main menu').nth(1).textContent()).toBe('hours: 1');
      expect(await cellsOf('hours_reply').first().textContent()).toBe('1');
      expect(await cellsOf('hours_reply').nth(1).textContent()).toBe('next: 1');
      expect(await cellsOf('order_reply').first().textContent()).toBe('0');
      expect(await cellsOf('start').first().textContent()).toBe('1');
      await expectStructure(page, name);
      await screenshot(page, 'flows-analytics-ja');
    },
  );

  it(
    'publishes a second version, compares it with the first and rolls back to it',
    { timeout: 60_000 },
    async () => {
      const flowId = walk.flow?.id;
      if (!flowId) throw new Error('the first test made no flow');
      await page.goto(flowUrl(running.stack, flowId, 'draft'));
      await jsonView(page);

      // 4. The hours change, as the admin types them; version 2.
      const graph = await editorGraph(page);
      const hours = graph.nodes.find((node) => node.id === 'hours_reply');
      if (hours?.type !== 'send_message' || hours.content.kind !== 'text') throw new Error('no hours reply');
      const newHours = 'We are open 10–19, also on Saturdays';
      hours.content.text = newHours;
      await typeGraph(page, graph);
      await savedAs(page, flows, flowId, (detail) => textOf(detail.draft.graph, 'hours_reply') === newHours);
      await page.getByTestId('flow-facts').getByText('未公開の変更あり').waitFor();
      await publishDraft(page, '営業時間を変更', 2);

      // Versions: both, the newest first; their diff is the hours node's text.
      await flowTab(page, 'バージョン').click();
      const versions = page.getByRole('table', { name: 'バージョン', exact: true });
      const row = (version: number) => versionRow(page, version);
      await row(2).waitFor();
      await row(1).getByText('最初の挨拶フロー').waitFor();
      await row(2).getByText('営業時間を変更').waitFor();
      await row(2).getByText('現在のバージョン').waitFor();
      expect(
        await versions
          .getByTestId('flow-version-row')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-version'))),
      ).toEqual(['2', '1']);
      await compareVersions(page, [1, 2]);
      const diff = page.getByRole('region', { name: 'バージョン 1 → バージョン 2 の差分' });
      const changed = diff.getByTestId('flow-diff-nodesChanged');
      await changed.getByRole('heading', { name: '変更されたノード 1 件' }).waitFor();
      expect(
        await changed
          .getByTestId('flow-diff-node')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-node-id'))),
      ).toEqual(['hours_reply']);
      await changed.getByText('content.text').waitFor();
      expect(await diff.getByTestId('flow-diff-nodesAdded').count()).toBe(0);
      expect(await diff.getByTestId('flow-diff-nodesRemoved').count()).toBe(0);
      await expectStructure(page, walk.flow!.name);
      await screenshot(page, 'flows-versions-diff-ja');

      // Back to version 1, confirmed: version 3, "rolled back from 1", is the current one.
      await rollBackTo(page, 1, '元の営業時間に戻す');
      await page.getByText('バージョン 1 のコピーとしてバージョン 3 を公開しました。').waitFor();
      await row(3).getByText('バージョン 1 からロールバック').waitFor({ timeout: 15_000 });
      await row(3).getByText('現在のバージョン').waitFor();
      expect(await row(2).getByText('現在のバージョン').count()).toBe(0);
      const rolledBack = await flows.get(flowId);
      expect(rolledBack.publishedVersion).toBe(3);
      expect(textOf(rolledBack.draft.graph, 'hours_reply')).toBe('We are open 9–18');
      await screenshot(page, 'flows-rolled-back-ja');
    },
  );

  it(
    'test-runs the draft on the sandbox customer’s conversation and follows its trace live',
    { timeout: 60_000 },
    async () => {
      const flowId = walk.flow?.id;
      if (!flowId) throw new Error('the first test made no flow');
      const { customer } = walk;
      const before = (await receivedAtLeast(sandbox, customer, 2)).length;

      // 5. The Test tab: the customer's conversation, the draft run on it.
      await page.goto(flowUrl(running.stack, flowId, 'draft'));
      await page.getByTestId('flow-canvas').waitFor();
      await flowTab(page, 'テスト').click();
      const select = page.getByLabel('会話', { exact: true });
      const option = select.locator('option', { hasText: customer.name });
      await option.waitFor({ state: 'attached' });
      await select.selectOption((await option.getAttribute('value'))!);
      await page.getByRole('button', { name: '下書きを実行' }).click();
      const trace = page.getByRole('region', { name: 'トレース' });
      const steps = trace.getByTestId('flow-trace-step');
      const stepIds = () =>
        steps.evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id')));
      // Running, waiting in the menu: the trigger's step is traced, the menu is where it rests.
      const fact = (term: string) => trace.locator('.details__row', { hasText: term }).locator('dd');
      await expect.poll(() => fact('待機中のノード').textContent(), { timeout: 30_000 }).toBe('Main menu');
      expect(await fact('状態').textContent()).toBe('実行中');
      expect(await fact('会話').textContent()).toContain(customer.name);
      await expect.poll(stepIds).toEqual(['start']);
      await steps.nth(0).getByText('出力 next から次へ').waitFor();
      await expectStructure(page, walk.flow!.name, ['トレース', 'これまでのテスト実行']);
      await screenshot(page, 'flows-test-run-waiting-ja');

      // The draft's menu on the phone; the customer taps "My order": the trace grows as it happens.
      const phone = await receivedAtLeast(sandbox, customer, before + 1);
      const testMenu: SandboxPhoneMessage = phone[before]!;
      expect(testMenu.text).toBe('How can we help?');
      const tapped = await sandbox.tap(customer.waId, testMenu.id, { buttonId: 'flow:menu:order' });
      expect(tapped.webhookStatus).toBe(200);
      await expect.poll(stepIds, { timeout: 30_000 }).toEqual(['start', 'menu', 'order_reply', 'done']);
      await steps.nth(1).getByText('Main menu').waitFor();
      await steps.nth(1).getByText('出力 order から次へ').waitFor();
      await steps.nth(3).getByText('実行はここで終了しました').waitFor();
      await expect.poll(() => fact('状態').textContent()).toBe('完了');
      expect(await fact('待機中のノード').count()).toBe(0);
      const answered = await receivedAtLeast(sandbox, customer, before + 2);
      expect(answered[before + 1]!.text).toBe(
        'Your order is on its way: you will get a message when it arrives.',
      );
      await page
        .getByRole('region', { name: 'これまでのテスト実行' })
        .getByTestId('flow-test-run-row')
        .first()
        .waitFor();
      await screenshot(page, 'flows-test-run-trace-ja');
      // Left out of the analytics: version 1 still counts the one customer's run, none of the test's.
      expect(nodeCounts(await flows.analytics(flowId, 1)).order_reply?.entered).toBe(0);
    },
  );

  it(
    'stops a stale save from a second browser and reloads the other one’s draft',
    { timeout: 60_000 },
    async () => {
      // 6. A flow both browsers open; the second saves first.
      const keyword = uniqueKeyword('stale');
      const graph = listenFor(greetingFlow(), keyword);
      const talk = graph.nodes.find((node) => node.id === 'talk');
      if (talk?.type === 'assign') talk.target = { kind: 'team', teamId: team.id };
      const flow = await flows.create(`挨拶フロー ${keyword}`, graph);
      const { context: other, page: otherPage } = await japaneseAdmin(
        chromium.browser,
        running.stack,
        viewport,
      );
      try {
        await page.goto(flowUrl(running.stack, flow.id));
        await otherPage.goto(flowUrl(running.stack, flow.id));
        await jsonView(page);
        await jsonView(otherPage);

        const theirs = await editorGraph(otherPage);
        const reminder = theirs.nodes.find((node) => node.id === 'reminder');
        if (reminder?.type !== 'send_message' || reminder.content.kind !== 'text')
          throw new Error('no reminder');
        reminder.content.text = 'Still there? (saved in the other browser)';
        await typeGraph(otherPage, theirs);
        await savedAs(
          otherPage,
          flows,
          flow.id,
          (detail) => detail.draft.revision === flow.draft.revision + 1,
        );

        // The first browser, still on the old revision, edits: nothing is saved, the banner says why.
        const mine = await editorGraph(page);
        const hours = mine.nodes.find((node) => node.id === 'hours_reply');
        if (hours?.type !== 'send_message' || hours.content.kind !== 'text')
          throw new Error('no hours reply');
        hours.content.text = 'We are open 8–20 (mine)';
        await typeGraph(page, mine);
        const banner = page.getByTestId('flow-stale');
        await banner.waitFor({ timeout: 15_000 });
        expect(await banner.getAttribute('role')).toBe('alert');
        // It names the revision saved elsewhere (the 409's), before and after comparing.
        const bannerTitle = banner.locator('.notice__title');
        const newer = `このフローはほかの場所で変更されました（リビジョン ${flow.draft.revision + 1}）`;
        expect.soft(await bannerTitle.textContent(), 'the banner before comparing').toBe(newer);
        expect(await saveState(page).textContent()).toBe('未保存: ほかの場所で変更されました');
        await banner.getByRole('button', { name: '比較', exact: true }).click();
        const compare = banner.getByTestId('flow-compare');
        await compare.getByText('Still there? (saved in the other browser)').first().waitFor();
        await compare.getByText('We are open 8–20 (mine)').first().waitFor();
        await expect.poll(() => bannerTitle.textContent()).toBe(newer);
        await screenshot(page, 'flows-stale-compare-ja');
        expect(textOf((await flows.get(flow.id)).draft.graph, 'hours_reply')).toBe('We are open 9–18');

        // Reload: the other browser's draft, saved, nothing of mine.
        await banner.getByRole('button', { name: /読み込み直す/ }).click();
        await banner.waitFor({ state: 'hidden' });
        const reloaded = await editorGraph(page);
        expect(textOf(reloaded, 'reminder')).toBe('Still there? (saved in the other browser)');
        expect(textOf(reloaded, 'hours_reply')).toBe('We are open 9–18');
        expect(await saveState(page).textContent()).toBe('保存済み');
        await screenshot(page, 'flows-stale-reloaded-ja');
        const detail = await flows.get(flow.id);
        expect(detail.draft.revision).toBe(flow.draft.revision + 1);
        expect(textOf(detail.draft.graph, 'reminder')).toBe('Still there? (saved in the other browser)');
      } finally {
        await other.close();
      }
    },
  );

  it(
    'keeps the allowed hosts and a secret whose value is never shown again',
    { timeout: 60_000 },
    async () => {
      // 7. Settings → Flow settings.
      await page.goto(`${running.stack.engine.url}/flows`);
      await page
        .getByRole('navigation', { name: 'メイン' })
        .getByRole('link', { name: 'フロー設定', exact: true })
        .click();
      await expectStructure(page, 'フロー設定', ['許可するホスト', 'シークレット']);
      const hosts = page.getByRole('region', { name: '許可するホスト' });
      await hosts.getByText('許可するホストがありません。', { exact: false }).waitFor();
      await hosts.getByRole('button', { name: 'ホストを追加' }).click();
      await hosts.getByLabel('ホスト 1', { exact: true }).fill('api.shop.example');
      const reread = page.waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/api/flow-settings' && response.request().method() === 'GET',
      );
      await hosts.getByRole('button', { name: 'ホストを保存' }).click();
      // Saved, and the page reads the settings again; the form goes on saying so.
      await reread;
      expect(
        (await admin.call('GET', '/api/flow-settings', flowSettingsResponseSchema)).allowedHosts,
      ).toEqual(['api.shop.example']);
      const confirmation = hosts.getByText('保存しました。');
      const stays = await expectConsistently(async () => expect(await confirmation.isVisible()).toBe(true), {
        duration: 1_000,
      }).then(
        () => true,
        () => false,
      );
      expect
        .soft(stays, 'the hosts form still says 保存しました。 once the settings are read again')
        .toBe(true);

      const secrets = page.getByRole('region', { name: 'シークレット', exact: true });
      const value = `sk-${randomUUID()}`;
      const form = secrets.getByTestId('flow-secret-form');
      await form.getByLabel('名前', { exact: true }).fill('SHOP_API_KEY');
      await form.getByLabel('値', { exact: true }).fill(value);
      expect(await form.getByLabel('値', { exact: true }).getAttribute('type')).toBe('password');
      await form.getByRole('button', { name: 'シークレットを保存' }).click();
      await secrets.getByText('シークレット SHOP_API_KEY を保存しました。').waitFor();
      await secrets.getByRole('rowheader', { name: 'SHOP_API_KEY' }).waitFor();
      expect(await form.getByLabel('値', { exact: true }).inputValue()).toBe('');
      await screenshot(page, 'flows-settings-ja');

      // Read again: the host and the secret's name, never its value.
      await page.reload();
      await page.getByRole('heading', { name: 'フロー設定', level: 1 }).waitFor();
      await page
        .getByRole('region', { name: 'シークレット', exact: true })
        .getByRole('rowheader', { name: 'SHOP_API_KEY' })
        .waitFor();
      expect(await page.getByLabel('ホスト 1', { exact: true }).inputValue()).toBe('api.shop.example');
      expect(await page.content()).not.toContain(value);
      const settings = await admin.call('GET', '/api/flow-settings', flowSettingsResponseSchema);
      expect(settings.allowedHosts).toEqual(['api.shop.example']);
      expect(settings.secrets.map((secret) => secret.name)).toEqual(['SHOP_API_KEY']);
      expect(JSON.stringify(settings)).not.toContain(value);
    },
  );
});
