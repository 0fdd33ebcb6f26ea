import { randomInt } from 'node:crypto';
import {
  automaticRepliesResponseSchema,
  channelAccountSchema,
  isWithinBusinessHours,
} from '@parley/contracts';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { japanese, screenshot, signIn, useBrowser } from '../support/browser.js';
import { SandboxClient } from '../support/clients.js';
import { demoGreeting, demoTemplateName } from '../support/demo.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import { useStack } from '../support/use-stack.js';

// The conversation issue's walk-through, in Chromium and in Japanese: a customer writes and is
// greeted; the admin opens the conversation (blue ticks on the customer's phone), types (the
// customer sees "typing…"), answers with reply buttons, sees the customer's tap; the window closes
// (30 s here, the demo-only shortening) and the composer locks to templates; the admin sends one
// from the picker; then sets the account's away message and business hours. A short English look
// at the same screens at the end.

const windowMs = 30_000;
const running = useStack({
  statusDelaysMs: '50,100,200',
  engineEnv: { CUSTOMER_SERVICE_WINDOW_MS: String(windowMs) },
});
// Templates cost credits (docs/credits.md); the demo organisation starts with none.
beforeAll(() => running.admin.buyCredits(10_000), 60_000);
const chromium = useBrowser();

const buttonsBody = 'ご希望の来店日をお選びください。';
const buttonTitles = ['今日', '明日'] as const;
const awayText = 'ただいま営業時間外です。翌営業日の10時以降にご返信いたします。';

/** The Graph API's reply-buttons object, as the customer's phone has it. */
const interactiveButtons = z.object({
  type: z.literal('button'),
  body: z.object({ text: z.string() }),
  action: z.object({
    buttons: z.array(
      z.object({ type: z.literal('reply'), reply: z.object({ id: z.string(), title: z.string() }) }),
    ),
  }),
});

/** The value of a countdown's `data-state`: open, urgent (its last hour, always so here) or closed. */
const stateOf = (countdown: Locator) => countdown.getAttribute('data-state');

async function openConversation(page: Page, listName: string, name: string): Promise<Locator> {
  await page.getByRole('navigation', { name: listName }).getByText(name).click({ timeout: 30_000 });
  // The thread's message list, named after the contact ("… とのメッセージ", "Messages with …").
  return page.getByRole('region', { name: new RegExp(name) });
}

describe('a WhatsApp conversation in the web app', () => {
  it(
    'greets, marks read, types, sends reply buttons, locks when the window closes, sends a template and sets the away message, in Japanese',
    { timeout: 240_000 },
    async () => {
      const { stack, admin } = running;
      const sandbox = new SandboxClient(stack.sandbox.url);
      await admin.call('PATCH', '/api/auth/profile', z.object({}).passthrough(), { locale: 'ja' });
      const accounts = await admin.call(
        'GET',
        '/api/channel-accounts',
        z.object({ items: z.array(channelAccountSchema) }),
      );
      const account = accounts.items.find((item) => item.platformAccountId === stack.phoneNumberId)!;
      expect(account, 'the demo WhatsApp account').toBeDefined();

      const context = await chromium.browser.newContext({
        locale: 'ja-JP',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password, japanese);
      await page.getByRole('heading', { name: '会話' }).waitFor();

      // 1. A customer writes; the conversation arrives live, greeted, with its window's countdown.
      const waId = `8190${randomInt(1e7, 9e7)}`;
      const name = `佐藤 花子 ${waId}`;
      const first = await sandbox.sendAsCustomer(waId, '来週の予約はできますか？', name);
      expect(first.webhookStatus).toBe(200);
      // The greeting reaches the customer; nobody has opened the conversation: no blue ticks yet.
      await expectEventually(
        async () => {
          const phone = await sandbox.phone(waId);
          expect(phone.items.find((message) => message.direction === 'outbound')?.text).toBe(demoGreeting);
          expect(phone.items.find((message) => message.id === first.id)?.readByBusiness).toBe(false);
        },
        { description: 'the greeting on the customer’s phone' },
      );
      const thread = await openConversation(page, '会話', name);
      await thread.getByText('来週の予約はできますか？').waitFor({ timeout: 30_000 });
      await thread.getByText(demoGreeting).waitFor({ timeout: 30_000 });
      const countdown = page.getByTestId('thread-window-countdown');
      // Under an hour left is "urgent" (the 30-second window is all last hour); it is not closed.
      expect(['open', 'urgent']).toContain(await stateOf(countdown));
      expect(await countdown.textContent()).toMatch(/残り/);
      const listCountdown = page
        .getByRole('navigation', { name: '会話' })
        .getByRole('listitem')
        .filter({ hasText: name })
        .getByTestId('list-window-countdown');
      expect(await listCountdown.textContent()).toMatch(/残り/);
      await screenshot(page, 'conversation-greeted-ja');

      // 2. Opening it marked the customer's message read; typing shows "typing…" on their phone.
      await expectEventually(
        async () => {
          const phone = await sandbox.phone(waId);
          const mine = phone.items.find((message) => message.id === first.id);
          expect(mine?.readByBusiness).toBe(true);
        },
        { description: 'the customer’s message read by the business' },
      );
      expect((await sandbox.phone(waId)).businessTyping).toBe(false);
      await page.getByTestId('composer-text').fill('はい、ご予約');
      await expectEventually(
        async () => {
          const phone = await sandbox.phone(waId);
          expect(phone.businessTyping).toBe(true);
          expect(phone.businessTypingFrom).toEqual([stack.phoneNumberId]);
        },
        { description: 'the business typing on the customer’s phone' },
      );
      await screenshot(page, 'conversation-typing-ja');
      await page.getByTestId('composer-text').fill('');

      // 3. Reply buttons: the customer gets them to tap; the thread shows them.
      await page.getByRole('radio', { name: '返信ボタン' }).check();
      await page.getByTestId('composer-body').fill(buttonsBody);
      await page.getByTestId('composer-button-title-0').fill(buttonTitles[0]);
      await page.getByTestId('composer-add-button').click();
      await page.getByTestId('composer-button-title-1').fill(buttonTitles[1]);
      await screenshot(page, 'conversation-reply-buttons-draft-ja');
      await page.getByTestId('composer-send').click();
      const received = await expectEventually(
        async () => {
          const phone = await sandbox.phone(waId);
          const interactive = phone.items.filter(
            (message) => message.direction === 'outbound' && message.type === 'interactive',
          );
          expect(interactive).toHaveLength(1);
          return { message: interactive[0]!, businessTyping: phone.businessTyping };
        },
        { description: 'the reply buttons on the customer’s phone' },
      );
      const buttons = interactiveButtons.parse(received.message.content);
      expect(buttons.body.text).toBe(buttonsBody);
      expect(buttons.action.buttons.map((button) => button.reply.title)).toEqual([...buttonTitles]);
      // The reply reached them: "typing…" is gone.
      expect(received.businessTyping).toBe(false);
      const sentButtons = thread.getByRole('listitem').filter({ hasText: buttonsBody });
      await sentButtons.waitFor({ timeout: 30_000 });
      for (const title of buttonTitles)
        await sentButtons.getByRole('listitem').filter({ hasText: title }).waitFor();
      // The composer is empty again, for the next message.
      expect(await page.getByTestId('composer-body').inputValue()).toBe('');
      await screenshot(page, 'conversation-reply-buttons-ja');
      await page.getByRole('radio', { name: 'テキスト' }).check();

      // 4. The customer taps 明日: the thread shows the tap; no second greeting answers it.
      const conversation = (await admin.conversationByContactName(name))!;
      const tomorrow = buttons.action.buttons[1]!.reply;
      const tap = await sandbox.tap(waId, received.message.id, { buttonId: tomorrow.id });
      expect(tap.webhookStatus).toBe(200);
      const tapped = thread.getByRole('listitem').filter({ hasText: 'ボタンをタップしました' });
      await tapped.getByText(buttonTitles[1], { exact: true }).waitFor({ timeout: 30_000 });
      await expectConsistently(
        async () => {
          const messages = await admin.messages(conversation.id);
          expect(messages.filter((message) => message.text === demoGreeting)).toHaveLength(1);
          expect(await thread.getByText(demoGreeting).count()).toBe(1);
        },
        { duration: 2_500, interval: 500 },
      );
      // The tap is a customer message: the window now ends 30 s after it.
      const { window } = await expectEventually(async () => {
        const current = await admin.conversation(conversation.id);
        expect(Date.parse(current.lastInboundAt!)).toBeGreaterThan(Date.parse(conversation.lastInboundAt!));
        expect(Date.parse(current.window.expiresAt!)).toBe(Date.parse(current.lastInboundAt!) + windowMs);
        return current;
      });
      await screenshot(page, 'conversation-tapped-ja');

      // 5. The window closes: the countdown says so when it does, and the composer takes templates only.
      expect(await stateOf(countdown)).not.toBe('closed');
      await expectEventually(async () => expect(await stateOf(countdown)).toBe('closed'), {
        timeout: Math.max(0, Date.parse(window.expiresAt!) - Date.now()) + 5_000,
        interval: 250,
        description: 'the window’s countdown closed',
      });
      expect(await countdown.textContent()).toContain('期限切れ');
      const locked = page.getByTestId('composer-locked');
      await locked.waitFor({ timeout: 5_000 });
      expect(await locked.getAttribute('role')).toBe('note');
      await locked.getByText('テンプレートのみ送信できます').waitFor();
      expect(await page.getByTestId('composer-text').isDisabled()).toBe(true);
      expect(await page.getByTestId('composer-send').isDisabled()).toBe(true);
      await expectEventually(async () => expect(await stateOf(listCountdown)).toBe('closed'), {
        timeout: 5_000,
        description: 'the list’s countdown closed',
      });
      expect(await listCountdown.textContent()).toContain('期限切れ');
      await locked.scrollIntoViewIfNeeded();
      await screenshot(page, 'conversation-window-closed-ja');

      // 6. A template from the picker: the customer receives it, the thread shows it.
      await locked.getByTestId('send-template').click();
      const dialog = page.getByRole('dialog', { name: 'テンプレートを送信' });
      await dialog.getByRole('radio', { name: new RegExp(demoTemplateName) }).check();
      await dialog.getByText('Welcome and congratulations', { exact: false }).first().waitFor();
      await screenshot(page, 'conversation-template-picker-ja');
      await dialog.getByRole('button', { name: '送信', exact: true }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
      await expectEventually(
        async () => {
          const phone = await sandbox.phone(waId);
          const templates = phone.items.filter(
            (message) => message.direction === 'outbound' && message.type === 'template',
          );
          expect(templates).toHaveLength(1);
          expect(JSON.stringify(templates[0]!.content)).toContain(demoTemplateName);
        },
        { description: 'the template on the customer’s phone' },
      );
      await thread
        .getByRole('listitem')
        .filter({ hasText: 'Welcome and congratulations' })
        .getByText('Hello World')
        .waitFor({ timeout: 30_000 });
      expect((await admin.messages(conversation.id)).at(-1)).toMatchObject({
        direction: 'outbound',
        type: 'template',
        sentBy: { id: admin.session!.user.id },
      });
      await screenshot(page, 'conversation-template-sent-ja');

      // 7. Settings → Integrations → the account → Automatic replies: an away message and hours.
      await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '連携' }).click();
      await page.getByRole('link', { name: account.name, exact: true }).click();
      // The settings scroll inside the app's frame: a tall window keeps the whole form in the screenshots.
      await page.setViewportSize({ width: 1280, height: 2800 });
      await page.getByTestId('automatic-replies-link').click();
      await page.getByRole('heading', { name: `${account.name} の自動返信` }).waitFor();
      // The demo's setting: the Japanese greeting on, no away message, weekdays 9:00–18:00 in Tokyo.
      expect(await page.getByTestId('auto-replies-greeting-text').inputValue()).toBe(demoGreeting);
      expect(await page.getByTestId('auto-replies-away-enabled').isChecked()).toBe(false);
      expect(await page.getByTestId('auto-replies-hours-enabled').isChecked()).toBe(true);
      await page.getByLabel('不在メッセージを送信する').check();
      await page.getByTestId('auto-replies-away-text').fill(awayText);
      expect(await page.getByTestId('auto-replies-time-zone').inputValue()).toBe('Asia/Tokyo');
      // Saturday mornings, and Friday closing early.
      await page.getByTestId('hours-day-6-open').check();
      await page.getByTestId('hours-day-6-opens-0').fill('10:00');
      await page.getByTestId('hours-day-6-closes-0').fill('13:00');
      await page.getByTestId('hours-day-5-closes-0').fill('17:00');
      await screenshot(page, 'automatic-replies-edited-ja');
      await page.getByTestId('auto-replies-save').click();
      await page.getByText('自動返信を保存しました。').waitFor({ timeout: 30_000 });

      await page.reload();
      await page.getByRole('heading', { name: `${account.name} の自動返信` }).waitFor();
      await page.getByTestId('auto-replies-away-text').waitFor();
      expect(await page.getByTestId('auto-replies-away-enabled').isChecked()).toBe(true);
      expect(await page.getByTestId('auto-replies-away-text').inputValue()).toBe(awayText);
      expect(await page.getByTestId('auto-replies-greeting-enabled').isChecked()).toBe(true);
      expect(await page.getByTestId('hours-day-6-open').isChecked()).toBe(true);
      expect(await page.getByTestId('hours-day-6-opens-0').inputValue()).toBe('10:00');
      expect(await page.getByTestId('hours-day-6-closes-0').inputValue()).toBe('13:00');
      expect(await page.getByTestId('hours-day-5-closes-0').inputValue()).toBe('17:00');
      expect(await page.getByTestId('hours-day-0-open').isChecked()).toBe(false);
      await page.getByText(/最終更新：/).waitFor();
      await screenshot(page, 'automatic-replies-saved-ja');
      const saved = await admin.call(
        'GET',
        `/api/channel-accounts/${account.id}/automatic-replies`,
        automaticRepliesResponseSchema,
      );
      expect(saved).toMatchObject({
        away: { enabled: true, text: awayText },
        greeting: { enabled: true, text: demoGreeting },
        businessHours: { timeZone: 'Asia/Tokyo' },
      });
      expect(saved.businessHours?.weekly).toEqual(
        expect.arrayContaining([
          { day: 5, opens: '09:00', closes: '17:00' },
          { day: 6, opens: '10:00', closes: '13:00' },
        ]),
      );
      expect(saved.businessHours?.weekly).toHaveLength(6);

      // In English: the same setting's labels, then the closed conversation and an open one.
      await page.getByRole('banner').getByRole('combobox', { name: '言語' }).selectOption('en');
      await page.getByLabel('Send an away message').waitFor();
      expect(await page.getByLabel('Send an away message').isChecked()).toBe(true);
      await screenshot(page, 'automatic-replies-en');
      await page.setViewportSize({ width: 1280, height: 900 });

      const waId2 = `8190${randomInt(1e7, 9e7)}`;
      const name2 = `Emma Brown ${waId2}`;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
      const closedItem = page
        .getByRole('navigation', { name: 'Conversations' })
        .getByRole('listitem')
        .filter({ hasText: name })
        .getByTestId('list-window-countdown');
      expect(await closedItem.getAttribute('data-state')).toBe('closed');
      expect(await closedItem.textContent()).toContain('Window closed');
      const closedThread = await openConversation(page, 'Conversations', name);
      await closedThread.getByText(buttonsBody).first().waitFor();
      expect(await countdown.textContent()).toContain('Window closed');
      await page
        .getByTestId('composer-locked')
        .getByText('The 24-hour customer service window has ended. Only templates can be sent.')
        .waitFor();
      await page.getByTestId('send-template').getByText('Send a template').waitFor();
      // A new customer gets the saved setting's answer: the away message outside the new hours.
      const hours = saved.businessHours!;
      const before = isWithinBusinessHours(hours, new Date(Date.now() - 2_000));
      expect(
        (await sandbox.sendAsCustomer(waId2, 'Hi, are you open on Saturday?', name2)).webhookStatus,
      ).toBe(200);
      const answer = await expectEventually(
        async () => {
          const reply = (await sandbox.phone(waId2)).items.find(
            (message) => message.direction === 'outbound',
          );
          expect(reply?.text).toBeTruthy();
          return reply!.text;
        },
        { description: 'the automatic reply to the new customer' },
      );
      // (Unless the hours opened or closed just then.)
      if (before === isWithinBusinessHours(hours, new Date()))
        expect(answer).toBe(before ? demoGreeting : awayText);
      const openItem = page
        .getByRole('navigation', { name: 'Conversations' })
        .getByRole('listitem')
        .filter({ hasText: name2 })
        .getByTestId('list-window-countdown');
      await openItem.waitFor({ timeout: 30_000 });
      expect(await openItem.textContent()).toMatch(/left/);
      await screenshot(page, 'conversation-window-closed-en');
      await context.close();
    },
  );
});
