import { randomInt } from 'node:crypto';
import { channelAccountSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { japanese, screenshot, signIn, useBrowser } from '../support/browser.js';
import { SandboxClient } from '../support/clients.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import { useStack } from '../support/use-stack.js';

// The walk-through, in Chromium and in Japanese: the demo admin connects the sandbox's
// second number through the Connect WhatsApp wizard (Embedded Signup's consent page in a popup),
// turns it off, sees a customer's message to it stored but unanswered, and invites an agent who,
// once joined, sees the account but not its switch.

const running = useStack({ statusDelaysMs: '20,40,60' });
const chromium = useBrowser();
const secondNumber = { id: '400000000000002', display: '+1 555 0102', pin: '246802' };

describe('connecting WhatsApp in the web app', () => {
  it('connects a second number, turns it off, and an invited agent cannot see the switch', async () => {
    const { stack, admin } = running;
    const context = await chromium.browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password, japanese);
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '連携' }).click();
    await page.getByRole('heading', { name: '連携' }).waitFor();

    // The second number was protected with a two-step verification PIN on WhatsApp before.
    const protect = await fetch(`${stack.sandbox.url}/v23.0/${secondNumber.id}/register`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.secrets.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', pin: secondNumber.pin }),
    });
    expect(protect.status).toBe(200);

    // Step 1: Embedded Signup in a popup — the sandbox's consent page.
    await page.getByRole('button', { name: 'WhatsApp を接続' }).click();
    const wizard = page.getByRole('dialog', { name: 'WhatsApp を接続' });
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      wizard.getByRole('button', { name: 'Facebook で続行' }).click(),
    ]);
    await popup.getByLabel('メールアドレスまたは電話番号').fill('demo@example.test');
    await popup.getByLabel('パスワード', { exact: true }).fill('any password');
    await popup.getByRole('button', { name: 'ログイン' }).click();
    await popup.getByRole('radio', { name: 'Parley Demo Shop' }).check();
    await popup.getByRole('button', { name: '次へ' }).click();
    await popup.getByLabel('表示名').fill('パーレイ サポート');
    await popup.getByRole('radio', { name: new RegExp(secondNumber.display.replace(/\+/g, '\\+')) }).check();
    await popup.getByRole('button', { name: '次へ' }).click();
    await popup.getByRole('button', { name: '許可する' }).click();
    await popup.getByRole('heading', { name: '設定が完了しました' }).waitFor();
    await popup.getByRole('button', { name: '完了' }).click();
    await popup.waitForEvent('close', { timeout: 30_000 });

    // Step 2: pick the number (the one chosen in the dialog is preselected), its PIN, connect.
    const number = wizard.getByRole('radio', {
      name: new RegExp(secondNumber.display.replace(/\+/g, '\\+')),
    });
    await number.waitFor({ timeout: 30_000 });
    expect(await number.isChecked()).toBe(true);
    await screenshot(page, 'connect-whatsapp-choose-ja');
    // The number has two-step verification already: a wrong PIN is refused under its field.
    await wizard.getByLabel('2 段階認証の PIN').fill('123456');
    await wizard.getByRole('button', { name: '番号を接続' }).click();
    await wizard.getByText('この番号の PIN ではありません。').waitFor({ timeout: 30_000 });
    await wizard.getByLabel('2 段階認証の PIN').fill(secondNumber.pin);
    await wizard.getByRole('button', { name: '番号を接続' }).click();
    await wizard.getByRole('heading', { name: /を接続しました$/ }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'connect-whatsapp-done-ja');

    const accounts = await admin.call(
      'GET',
      '/api/channel-accounts',
      z.object({ items: z.array(channelAccountSchema) }),
    );
    const connected = accounts.items.find((account) => account.platformAccountId === secondNumber.id);
    expect(connected).toMatchObject({
      channel: 'whatsapp',
      enabled: true,
      connected: true,
      connectedBy: { name: 'Demo Admin' },
    });

    // The switch: off, confirmed.
    await page.keyboard.press('Escape');
    const toggle = page.getByRole('switch', { name: `${connected!.name} で Parley をオン` });
    await toggle.click();
    await page
      .getByRole('dialog', { name: `${connected!.name} で Parley をオフにしますか？` })
      .getByRole('button', { name: 'オフにする' })
      .click();
    await expectEventually(async () => expect(await toggle.getAttribute('aria-checked')).toBe('false'), {
      timeout: 15_000,
    });
    await screenshot(page, 'integrations-off-ja');

    // A customer writes to the number that is off: stored, not answered, shown read-only.
    const waId = `8190${randomInt(1e7, 9e7)}`;
    const customer = `オフの番号へ ${waId}`;
    await new SandboxClient(stack.sandbox.url).sendAsCustomer(waId, '営業していますか？', {
      name: customer,
      phoneNumberId: secondNumber.id,
    });
    const conversation = await expectEventually(
      async () => (await admin.conversationByContactName(customer))!,
      {
        timeout: 30_000,
        description: 'the message to the number that is off, stored',
      },
    );
    expect(conversation.channelAccount).toMatchObject({ id: connected!.id, enabled: false });
    await expectConsistently(
      async () =>
        expect((await admin.messages(conversation.id)).map((message) => message.direction)).toEqual([
          'inbound',
        ]),
      { duration: 4_000 },
    );
    await page.goto(`${stack.engine.url}/inbox/${conversation.id}`);
    await page.getByText(`${connected!.name} では Parley がオフになっています`).waitFor({ timeout: 15_000 });
    await screenshot(page, 'inbox-read-only-ja');

    // People: invite an agent; without SMTP the admin is shown the link.
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'メンバー' }).click();
    const invitee = `agent-${waId}@example.test`;
    await page.getByLabel('メールアドレス', { exact: true }).fill(invitee);
    await page.getByRole('combobox', { name: '役割', exact: true }).selectOption('agent');
    await page.getByRole('button', { name: '招待を送信' }).click();
    const link = await page.getByRole('textbox', { name: '招待リンク' }).inputValue({ timeout: 15_000 });
    expect(link).toMatch(/\/accept-invitation\?token=/);

    const agentContext = await chromium.browser.newContext({ locale: 'ja-JP' });
    const agentPage = await agentContext.newPage();
    await agentPage.goto(link);
    await agentPage.getByLabel('お名前').fill('担当 さくら');
    await agentPage.getByLabel('パスワード', { exact: true }).fill('a long agent password');
    await agentPage.getByRole('button', { name: 'Parley Demo に参加' }).click();
    await agentPage.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '連携' }).click();
    await agentPage.getByRole('heading', { name: '連携' }).waitFor();
    await agentPage.getByText(connected!.name).first().waitFor();
    expect(await agentPage.getByRole('switch').count()).toBe(0);
    expect(await agentPage.getByRole('button', { name: 'WhatsApp を接続' }).count()).toBe(0);
    for (const adminOnly of ['メンバー', '組織'])
      expect(
        await agentPage
          .getByRole('navigation', { name: 'メイン' })
          .getByRole('link', { name: adminOnly })
          .count(),
      ).toBe(0);
    await screenshot(agentPage, 'integrations-agent-ja');
    await agentContext.close();

    // The organisation's page, for the admin: its plan and what it includes.
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '組織' }).click();
    await page.getByRole('heading', { name: '組織', level: 1 }).waitFor();
    await page.getByLabel('組織名').waitFor();
    expect(await page.getByText('Premium', { exact: true }).count()).toBe(1);
    await screenshot(page, 'organisation-ja');
    await context.close();

    // And without credentials the API is closed.
    expect((await fetch(`${stack.engine.url}/api/conversations`)).status).toBe(401);
  }, 240_000);
});
