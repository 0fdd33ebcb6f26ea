import { templateListSchema } from '@parley/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { japanese, screenshot, signIn, useBrowser } from '../support/browser.js';
import { SandboxClient } from '../support/clients.js';
import { expectEventually } from '../support/expect-eventually.js';
import { gradientPng } from '../support/sample-image.js';
import { useStack } from '../support/use-stack.js';

// The walk-through, in Chromium and in Japanese: the demo admin writes a template with an
// image header, a website button and two quick replies in a new group "お礼の返信", watches it go
// from in review to approved (and another one rejected with WhatsApp's reason), sends it to a
// sandbox customer, turns it off and sees it refused with the reason.

const running = useStack({ sandboxEnv: { SANDBOX_TEMPLATE_REVIEW_MS: '2500' } });
// Templates cost credits (docs/credits.md); the demo organisation starts with none.
beforeAll(() => running.admin.buyCredits(10_000), 60_000);
const chromium = useBrowser();

describe('templates in the web app', () => {
  it(
    'writes, watches the review, sends and switches off a template, in Japanese',
    { timeout: 180_000 },
    async () => {
      const { stack, admin } = running;
      const context = await chromium.browser.newContext({
        locale: 'ja-JP',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password, japanese);
      await page
        .getByRole('navigation', { name: 'メイン' })
        .getByRole('link', { name: 'テンプレート' })
        .click();
      await page.getByRole('heading', { name: 'テンプレート', level: 1 }).waitFor();
      await page.getByRole('link', { name: '新しいテンプレート' }).click();
      await page.getByRole('heading', { name: '新しいテンプレート' }).waitFor();

      // 1. Category; 2. name, language and a new group.
      await page.getByRole('radio', { name: /マーケティング/ }).check();
      await page.getByLabel('テンプレート名').fill('thanks_coupon');
      await page.getByRole('main').getByLabel('言語', { exact: true }).selectOption('ja');
      await page.getByLabel('グループ', { exact: true }).selectOption({ label: '新しいグループ…' });
      await page.getByLabel('新しいグループ名').fill('お礼の返信');
      // 3. An image header uploaded from the desktop.
      await page.getByRole('radio', { name: '画像' }).check();
      await page.getByLabel('パソコンからアップロード').setInputFiles({
        name: 'thanks.png',
        mimeType: 'image/png',
        buffer: gradientPng(),
      });
      const preview = page.getByRole('region', { name: 'プレビュー' });
      await preview.locator('img').waitFor({ timeout: 30_000 });
      // 4. The text with a variable and its sample; 5. a footer; 6. a website button and two quick replies.
      await page
        .getByLabel('本文', { exact: true })
        .fill('いつもありがとうございます。{{1}}様のご注文を承りました。');
      await page.getByLabel('{{1}} のサンプル').fill('佐藤');
      await page.getByLabel('フッターのテキスト').fill('Parley 商店');
      await page.getByRole('button', { name: 'ウェブサイトのボタンを追加' }).click();
      const website = page.getByRole('group', { name: 'ボタン 1：ウェブサイト' });
      await website.getByLabel('ボタンのラベル').fill('ご注文を見る');
      await website.getByLabel('URL', { exact: true }).fill('https://shop.example.jp/orders');
      for (const [index, label] of [
        [2, 'ありがとう'],
        [3, '配送について'],
      ] as const) {
        await page.getByRole('button', { name: 'クイック返信を追加' }).click();
        await page
          .getByRole('group', { name: new RegExp(`^ボタン ${index}：`) })
          .getByLabel('ボタンのラベル')
          .fill(label);
      }
      // The phone preview shows what the customer will see.
      await preview.getByText('いつもありがとうございます。佐藤様のご注文を承りました。').waitFor();
      await preview.getByText('配送について').waitFor();
      await screenshot(page, 'templates-new-ja');
      await page.getByRole('button', { name: '審査に申請' }).click();

      // In review, then approved — live, without reloading.
      await page.getByRole('heading', { name: 'thanks_coupon', level: 1 }).waitFor({ timeout: 30_000 });
      // The status in the details and the newest entry of the history follow WhatsApp's review.
      const history = page.getByRole('list', { name: 'ステータス履歴' });
      await page.locator('dd', { hasText: '承認済み' }).waitFor({ timeout: 30_000 });
      await history.getByRole('listitem').first().getByText('承認済み').first().waitFor({ timeout: 30_000 });
      await history.getByText('審査中').first().waitFor();
      await screenshot(page, 'templates-approved-ja');

      // Another one, a "utility" template that reads as a sale: WhatsApp rejects it, with its reason.
      await page.goto(`${stack.engine.url}/templates/new`);
      await page.getByRole('radio', { name: /ユーティリティ/ }).check();
      await page.getByLabel('テンプレート名').fill('shipping_notice');
      await page.getByLabel('WhatsApp によるカテゴリの変更を許可する').uncheck();
      await page
        .getByLabel('本文', { exact: true })
        .fill('こんにちは、{{1}}様。本日限りのセールで全品半額です。');
      await page.getByLabel('{{1}} のサンプル').fill('佐藤');
      await page.getByRole('button', { name: '審査に申請' }).click();
      await page.getByRole('heading', { name: 'shipping_notice', level: 1 }).waitFor({ timeout: 30_000 });
      await page.locator('dd', { hasText: '却下' }).waitFor({ timeout: 30_000 });
      const rejection = page.getByRole('list', { name: 'ステータス履歴' }).getByRole('listitem').first();
      await rejection.getByText('却下').first().waitFor();
      await rejection
        .getByText(/カテゴリ/)
        .first()
        .waitFor();
      await screenshot(page, 'templates-rejected-ja');

      // The list, by group, with the status and the switch.
      await page
        .getByRole('navigation', { name: 'メイン' })
        .getByRole('link', { name: 'テンプレート' })
        .click();
      await page.getByRole('heading', { name: 'お礼の返信' }).waitFor();
      await screenshot(page, 'templates-list-ja');

      const { items } = await admin.call('GET', '/api/templates', templateListSchema);
      const thanks = items.find((item) => item.name === 'thanks_coupon')!;
      expect(thanks).toMatchObject({ status: 'APPROVED', group: { name: 'お礼の返信' }, enabled: true });
      expect(items.find((item) => item.name === 'shipping_notice')).toMatchObject({
        status: 'REJECTED',
        statusReason: 'INCORRECT_CATEGORY',
      });

      // A sandbox customer writes; the admin sends the template from the conversation.
      await new SandboxClient(stack.sandbox.url).sendAsCustomer('819055500001', 'こんにちは', '佐藤 花子');
      await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '受信箱' }).click();
      await page.getByRole('link', { name: /佐藤 花子/ }).click();
      await page.getByRole('button', { name: 'テンプレートを送信' }).click();
      const dialog = page.getByRole('dialog', { name: 'テンプレートを送信' });
      await dialog.getByRole('radio', { name: /thanks_coupon/ }).check();
      await dialog.getByLabel('{{1}}').fill('花子');
      await dialog.getByRole('button', { name: '送信' }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
      await page
        .getByText('いつもありがとうございます。花子様のご注文を承りました。')
        .first()
        .waitFor({ timeout: 30_000 });
      await expectEventually(async () => {
        const phone = await new SandboxClient(stack.sandbox.url).customerMessages('819055500001');
        expect(phone.some((message) => message.direction === 'outbound' && message.type === 'template')).toBe(
          true,
        );
      });
      await screenshot(page, 'templates-sent-ja');

      // Switched off, it is refused with the reason.
      await page.goto(`${stack.engine.url}/templates/${thanks.id}`);
      await page.getByRole('button', { name: /オフにする/ }).click();
      await page.getByRole('button', { name: /オンにする/ }).waitFor();
      await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '受信箱' }).click();
      await page.getByRole('link', { name: /佐藤 花子/ }).click();
      await page.getByRole('button', { name: 'テンプレートを送信' }).click();
      const option = dialog.getByRole('radio', { name: /thanks_coupon/ });
      expect(await option.isDisabled()).toBe(true);
      await option.scrollIntoViewIfNeeded();
      await dialog
        .getByText(/オフになっています/)
        .first()
        .waitFor();
      await screenshot(page, 'templates-refused-ja');
      await context.close();
    },
  );

  it(
    'speaks English too, and the form says what WhatsApp would refuse as the admin types',
    { timeout: 90_000 },
    async () => {
      const { stack } = running;
      const context = await chromium.browser.newContext({
        locale: 'en-US',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      // The demo admin speaks Japanese (the first test's screens); their profile switches to English.
      await running.admin.call('PATCH', '/api/auth/profile', z.object({}).passthrough(), { locale: 'en' });
      await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
      await page.getByRole('heading', { name: 'お礼の返信' }).waitFor();
      await page.getByRole('link', { name: 'New template' }).click();
      await page.getByLabel('Template name').fill('Bad-Name');
      await page.getByLabel('Message text', { exact: true }).fill('{{1}}, your order is ready');
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page
        .getByText('The message text can’t start or end with a variable: add some words around it.')
        .waitFor();
      await screenshot(page, 'templates-form-errors-en');
      // Nothing reached WhatsApp: it has no template of that name, here or there.
      const { items } = await running.admin.call('GET', '/api/templates', templateListSchema);
      expect(items.map((item) => item.name)).not.toContain('Bad-Name');
      const onWhatsApp = await new SandboxClient(stack.sandbox.url).templateNames(
        stack.wabaId,
        stack.secrets.accessToken,
      );
      expect(onWhatsApp).toContain('thanks_coupon');
      expect(onWhatsApp.some((name) => name.toLowerCase().includes('bad'))).toBe(false);
      await context.close();
    },
  );
});
