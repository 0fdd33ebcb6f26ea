import { randomInt } from 'node:crypto';
import {
  channelAccountSchema,
  teamSchema,
  type CreateTeam,
  type FlowDetail,
  type Team,
} from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { z } from 'zod';
import { japanese, signIn } from './browser.js';
import type { EngineClient } from './clients.js';
import { expectEventually } from './expect-eventually.js';
import type { FlowsApi } from './flows.js';
import type { Stack } from './stack.js';

// A flow's page in the web app, in Japanese, as the browser tests of flows walk through it: its
// tabs, the draft's save state, publishing, activation and rollback (docs/flows.md).

/** A tab of a flow's page (`下書き`, `バージョン`, `分析`, `テスト`). */
export const flowTab = (on: Page, name: string) =>
  on.getByRole('navigation', { name: 'フロー', exact: true }).getByRole('link', { name, exact: true });

/** What the Draft tab says of the autosave ('保存済み' when saved). */
export const saveState = (on: Page) => on.getByTestId('flow-save-state');

/** The Draft tab's Publish button (the dialog has one of the same name). */
export const publishButton = (on: Page) =>
  on.getByRole('main').getByRole('button', { name: '公開', exact: true });

/** A flow's page, on a tab. */
export function flowUrl(stack: Stack, flowId: string, tab?: 'draft' | 'versions' | 'analytics' | 'test') {
  return `${stack.engine.url}/flows/${flowId}${tab ? `?tab=${tab}` : ''}`;
}

/** A new browser context of the demo admin, signed in, in Japanese, at the app's navigation. */
export async function japaneseAdmin(
  browser: Browser,
  stack: Stack,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ja-JP', viewport });
  const page = await context.newPage();
  await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password, japanese);
  await page.getByRole('navigation', { name: 'メイン' }).waitFor();
  return { context, page };
}

/** The demo's WhatsApp account of the sandbox's number, as the Activation section names it. */
export async function sandboxAccount(
  admin: EngineClient,
  stack: Stack,
): Promise<{ id: string; name: string }> {
  const accounts = await admin.call(
    'GET',
    '/api/channel-accounts',
    z.object({ items: z.array(channelAccountSchema) }),
  );
  const account = accounts.items.find((candidate) => candidate.platformAccountId === stack.phoneNumberId);
  if (!account) throw new Error('no channel account of the sandbox number');
  return { id: account.id, name: account.name };
}

/** A team of the demo organisation with a name of its own, for an assign node to hand over to. */
export function newTeam(admin: EngineClient): Promise<Team> {
  return admin.call('POST', '/api/teams', teamSchema, {
    name: `サポート ${randomInt(1e3, 9e3)}`,
    strategy: 'round_robin',
    defaultCapacity: 5,
    members: [],
  } satisfies CreateTeam);
}

/** Waits for the autosave to say "saved" and the server to hold `check`'s draft. */
export async function savedAs(
  on: Page,
  flows: FlowsApi,
  flowId: string,
  check: (detail: FlowDetail) => boolean,
): Promise<void> {
  await expectEventually(
    async () => {
      expect(await saveState(on).textContent()).toBe('保存済み');
      expect(check(await flows.get(flowId)), 'the draft on the server').toBe(true);
    },
    { timeout: 20_000, description: 'the draft autosaved' },
  );
}

/** The text a send_message node sends, or null when it sends none (or there is no such node). */
export const textOf = (graph: FlowGraph, nodeId: string) => {
  const node = graph.nodes.find((candidate) => candidate.id === nodeId);
  return node?.type === 'send_message' && node.content.kind === 'text' ? node.content.text : null;
};

/** Publishes the draft through the dialog, with a note: version `version` is announced. */
export async function publishDraft(on: Page, note: string, version: number): Promise<void> {
  await publishButton(on).click();
  const publish = on.getByRole('dialog', { name: '下書きを公開' });
  await publish.getByLabel('メモ', { exact: true }).fill(note);
  await publish.getByRole('button', { name: '公開', exact: true }).click();
  await publish.waitFor({ state: 'hidden' });
  await on.getByText(`バージョン ${version} を公開しました。`).waitFor();
}

/** Activates the published flow on one account through the Draft tab's Activation section. */
export async function activateOn(on: Page, accountName: string): Promise<void> {
  const activation = on.getByRole('region', { name: '有効にする場所' });
  await activation.getByRole('checkbox', { name: accountName }).check();
  await activation.getByRole('button', { name: '有効にする場所を保存' }).click();
  await activation.getByText('保存しました。').waitFor();
  await on.getByTestId('flow-facts').getByText(`有効なアカウント: ${accountName}`).waitFor();
}

/** The Versions tab's row of a version. */
export const versionRow = (on: Page, version: number) =>
  on.getByRole('table', { name: 'バージョン', exact: true }).locator(`tr[data-version="${version}"]`);

/**
 * Ticks two versions to compare on the Versions tab. Ticking a box changes the address, which then
 * ticks it: clicked, then waited for.
 */
export async function compareVersions(on: Page, versions: [number, number]): Promise<void> {
  const table = on.getByRole('table', { name: 'バージョン', exact: true });
  for (const version of versions) {
    const box = table.getByRole('checkbox', { name: `バージョン ${version} を比較` });
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
}

/** Rolls back to `version` from its row on the Versions tab, confirmed with a note. */
export async function rollBackTo(on: Page, version: number, note: string): Promise<void> {
  await versionRow(on, version)
    .getByRole('button', { name: /このバージョンにロールバック/ })
    .click();
  const confirm = on.getByRole('dialog', { name: `バージョン ${version} にロールバックしますか？` });
  await confirm.getByLabel('メモ', { exact: true }).fill(note);
  await confirm.getByRole('button', { name: `バージョン ${version} にロールバック` }).click();
  await confirm.waitFor({ state: 'hidden' });
}
