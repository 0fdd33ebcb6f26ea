import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Agent, inviteAgent } from '../support/agents.js';
import { english, japanese, screenshot, signIn, useBrowser } from '../support/browser.js';
import { SandboxClient } from '../support/clients.js';
import { expectEventually } from '../support/expect-eventually.js';
import { useStack } from '../support/use-stack.js';

// The walk-through in Chromium: the demo admin (in Japanese) makes a team of two agents
// with capacity 1, round-robin and a one-minute first-response target, and routes new
// conversations to it; two agents, each in a browser context of their own (in English), go
// online; three sandbox customers write — two land with the agents live and one waits in the
// queue with its wait time; an agent closes one and the queued one lands with them live; the
// other agent never answers, and the SLA timer reassigns their conversation to the free agent.

const running = useStack({ statusDelaysMs: '20,40,60' });
const chromium = useBrowser();

/** The conversation list's item for a customer, by the name the list shows. */
const listItem = (page: Page, name: string) =>
  page.getByTestId('conversation-list').getByRole('link', { name: new RegExp(name) });

async function agentPage(agent: Agent): Promise<Page> {
  const context = await chromium.browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signIn(page, running.stack.engine.url, agent.email, agent.password, english);
  await page.getByTestId('availability').waitFor();
  await page.getByTestId('availability').locator('select').selectOption('online');
  await expect.poll(() => page.getByTestId('availability').locator('select').inputValue()).toBe('online');
  await page.goto(`${running.stack.engine.url}/inbox?view=mine`);
  await page.getByTestId('view-tab-mine').waitFor();
  return page;
}

describe('routing in the web app', () => {
  it(
    'hands two customers to two agents live, queues the third, drains on close, and reassigns on a missed SLA',
    { timeout: 300_000 },
    async () => {
      const { stack, admin } = running;
      const sandbox = new SandboxClient(stack.sandbox.url);
      const [aoi, ben] = [await inviteAgent(stack, admin, 'Aoi'), await inviteAgent(stack, admin, 'Ben')];

      // The admin, in Japanese: Settings → Teams → a team of the two, capacity 1, a one-minute SLA.
      const adminContext = await chromium.browser.newContext({
        locale: 'ja-JP',
        viewport: { width: 1280, height: 1000 },
      });
      const adminPage = await adminContext.newPage();
      await signIn(adminPage, stack.engine.url, stack.admin.email, stack.admin.password, japanese);
      await adminPage.getByTestId('availability').waitFor();
      await adminPage.goto(`${stack.engine.url}/settings/teams`);
      await adminPage.getByTestId('teams-new').click();
      await adminPage.getByTestId('team-name').fill('サポート');
      await adminPage.getByTestId('team-strategy').selectOption('round_robin');
      await adminPage.getByTestId('team-default-capacity').fill('1');
      for (const agent of [aoi, ben]) {
        await adminPage.getByTestId('team-member-choice').selectOption({ label: agent.name });
        await adminPage.getByTestId('team-member-add').click();
      }
      await adminPage.getByTestId('team-sla-enabled').check();
      await adminPage.getByTestId('team-sla-minutes').fill('1');
      await adminPage.getByTestId('team-sla-reassign').check();
      await screenshot(adminPage, 'routing-team-dialog-ja');
      await adminPage.getByTestId('team-save').click();
      await adminPage.getByRole('cell', { name: 'サポート' }).waitFor();

      // Settings → Routing rules: new conversations go to the team.
      await adminPage.goto(`${stack.engine.url}/settings/routing`);
      await adminPage.getByTestId('routing-default-team').selectOption({ label: 'サポート' });
      await adminPage.getByTestId('routing-save').click();
      await adminPage.getByTestId('routing-unsaved').waitFor({ state: 'hidden' });

      // Two agents, two browser contexts, both online.
      const aoiPage = await agentPage(aoi);
      const benPage = await agentPage(ben);

      // Three customers write, one after the other: Aoi, then Ben, then the queue.
      const customers = ['佐藤 一郎', '鈴木 二郎', '高橋 三郎'];
      for (const [i, name] of customers.entries()) {
        await sandbox.sendAsCustomer(`8190777000${i + 1}0`, 'こんにちは、質問があります', name);
        await expectEventually(
          async () => {
            const conversation = await admin.conversationByContactName(name);
            expect(conversation?.team?.name).toBe('サポート');
            expect(conversation?.assignee?.name ?? 'queued').toBe([aoi.name, ben.name, 'queued'][i]);
          },
          { timeout: 30_000, description: `${name} routed` },
        );
      }
      const [first, second, third] = customers as [string, string, string];
      // Each agent's list shows their own, live, with a notice of the new assignment.
      await listItem(aoiPage, first).waitFor({ timeout: 15_000 });
      await listItem(benPage, second).waitFor({ timeout: 15_000 });
      await aoiPage.getByTestId('work-notice').first().waitFor({ timeout: 15_000 });
      expect(await listItem(aoiPage, second).count()).toBe(0);
      await screenshot(aoiPage, 'routing-agent-assigned-en');

      // The admin's queue (of the team: she is in none) shows the third with how long it has waited.
      await adminPage.goto(`${stack.engine.url}/inbox?view=queue`);
      await adminPage.getByLabel('チーム', { exact: true }).selectOption({ label: 'サポート' });
      const queued = listItem(adminPage, third);
      await queued.waitFor();
      await expect.poll(() => queued.getByTestId('queue-wait').textContent()).toMatch(/\d|分|秒/);
      await screenshot(adminPage, 'routing-queue-ja');

      // Aoi closes her conversation: the queued customer lands with her, live.
      await listItem(aoiPage, first).click();
      await aoiPage.getByTestId('ownership-close').click();
      await listItem(aoiPage, third).waitFor({ timeout: 15_000 });
      await expect.poll(() => listItem(adminPage, third).count(), { timeout: 15_000 }).toBe(0);
      expect((await admin.conversationByContactName(third))?.assignee?.name).toBe(aoi.name);
      await screenshot(aoiPage, 'routing-drained-en');
      // She closes that one too, so she has a free slot when Ben's deadline passes.
      await listItem(aoiPage, third).click();
      await aoiPage.getByTestId('ownership-close').click();
      await expect.poll(() => listItem(aoiPage, third).count(), { timeout: 15_000 }).toBe(0);

      // Ben never answers: a minute after his assignment the SLA timer gives it to Aoi, live.
      await listItem(aoiPage, second).waitFor({ timeout: 150_000 });
      await expect.poll(() => listItem(benPage, second).count(), { timeout: 15_000 }).toBe(0);
      expect((await admin.conversationByContactName(second))?.assignee?.name).toBe(aoi.name);
      // The admin is told; the thread shows the missed first response.
      await adminPage.getByTestId('work-notice').first().waitFor({ timeout: 15_000 });
      await listItem(aoiPage, second).click();
      const missed = aoiPage.locator('[data-testid="timeline-event"].timeline-event--sla_breached');
      await missed.waitFor({ timeout: 15_000 });
      expect(await missed.textContent()).toContain(`No first response from ${ben.name} in time`);
      await screenshot(aoiPage, 'routing-sla-reassigned-en');
      await screenshot(adminPage, 'routing-sla-notice-ja');

      await Promise.all(
        [adminContext, aoiPage.context(), benPage.context()].map((context) => context.close()),
      );
    },
  );
});
