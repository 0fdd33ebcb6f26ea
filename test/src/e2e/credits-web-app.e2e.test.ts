import { templateDetailSchema, templateSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { japanese, screenshot, signIn, useBrowser } from '../support/browser.js';
import { SandboxClient } from '../support/clients.js';
import { expectEventually } from '../support/expect-eventually.js';
import { useStack } from '../support/use-stack.js';

// The walk-through, in Chromium and in Japanese: the demo admin buys credits with the
// sandbox's test card (credits → price → pay), sends a marketing template to a sandbox customer
// seeing its price first, and watches the ledger charge it exactly once when it is delivered.

const running = useStack({
  statusDelaysMs: '50,100,200',
  sandboxEnv: { SANDBOX_TEMPLATE_REVIEW_MS: '500' },
});
const chromium = useBrowser();

describe('credits in the web app', () => {
  it(
    'buys credits with a sandbox card and sees the ledger move once per paid template',
    { timeout: 180_000 },
    async () => {
      const { stack, admin } = running;
      // A marketing template, approved by the sandbox's review.
      const accounts = await admin.call(
        'GET',
        '/api/channel-accounts',
        z.object({ items: z.array(z.object({ id: z.string(), channel: z.string() })) }),
      );
      const created = await admin.call('POST', '/api/templates', templateSchema, {
        channelAccountId: accounts.items.find((account) => account.channel === 'whatsapp')!.id,
        name: 'year_end_sale',
        language: 'ja',
        groupId: null,
        newGroupName: '',
        category: 'MARKETING',
        header: null,
        body: 'こんにちは、{{1}}様。年末セールのご案内です。',
        examples: { '1': '佐藤' },
        footer: '',
        buttons: [],
        authentication: null,
        allowCategoryChange: false,
      });
      await expectEventually(
        async () =>
          expect((await admin.call('GET', `/api/templates/${created.id}`, templateDetailSchema)).status).toBe(
            'APPROVED',
          ),
        { timeout: 30_000, description: 'the template approved' },
      );

      const context = await chromium.browser.newContext({
        locale: 'ja-JP',
        viewport: { width: 1280, height: 1000 },
      });
      const page = await context.newPage();
      await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password, japanese);
      await page
        .getByRole('navigation', { name: 'メイン' })
        .getByRole('link', { name: 'クレジット' })
        .click();
      await page.getByRole('heading', { name: 'クレジット', level: 1 }).waitFor();
      await expect.poll(() => page.getByTestId('credits-balance').textContent()).toBe('0');

      // Credits → the price (with Japan's 10 % consumption tax) → pay with the test card.
      await page.getByTestId('credits-buy-amount').fill('1000');
      await expect
        .poll(() => page.getByTestId('credits-quote-total').textContent(), { timeout: 10_000 })
        .toMatch(/1,100/);
      await page.getByTestId('credits-card-number').fill('4242 4242 4242 4242');
      await page.getByTestId('credits-card-expiry').fill('12/39');
      await page.getByTestId('credits-card-cvc').fill('123');
      await page.getByTestId('credits-card-name').fill('SATO HANAKO');
      await screenshot(page, 'credits-buy-ja');
      await page.getByTestId('credits-pay').click();
      await page
        .locator('[data-testid="credits-purchase-status"][data-status="granted"]')
        .waitFor({ timeout: 30_000 });
      await expect
        .poll(() => page.getByTestId('credits-balance').textContent(), { timeout: 10_000 })
        .toBe('1,000');
      await expect
        .poll(() => page.locator('[data-testid="credits-ledger-row"][data-kind="purchase"]').count())
        .toBe(1);
      await screenshot(page, 'credits-bought-ja');

      // A customer writes; the admin sends the template, seeing its price before sending.
      const waId = '819055500777';
      await new SandboxClient(stack.sandbox.url).sendAsCustomer(waId, 'セールはありますか？', '山田 太郎');
      await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '受信箱' }).click();
      await page.getByRole('link', { name: /山田 太郎/ }).click();
      await page.getByRole('button', { name: 'テンプレートを送信' }).click();
      const dialog = page.getByRole('dialog', { name: 'テンプレートを送信' });
      await dialog.getByRole('radio', { name: /year_end_sale/ }).check();
      await dialog.getByLabel('{{1}}').fill('太郎');
      const price = dialog.getByTestId('template-price');
      await price.waitFor();
      await expect.poll(() => price.getAttribute('data-credits')).toBe('15');
      expect(await price.getAttribute('data-sufficient')).toBe('true');
      expect(await price.textContent()).toContain('15');
      await screenshot(page, 'credits-template-price-ja');
      await dialog.getByRole('button', { name: '送信' }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
      await page
        .getByText('こんにちは、太郎様。年末セールのご案内です。')
        .first()
        .waitFor({ timeout: 30_000 });

      // Delivered: the ledger charges it once, and the balance moves once.
      await page.goto(`${stack.engine.url}/settings/credits`);
      const deductions = page.locator('[data-testid="credits-ledger-row"][data-kind="deduction"]');
      await expect.poll(() => deductions.count(), { timeout: 30_000 }).toBe(1);
      expect(await deductions.first().getAttribute('data-amount')).toBe('-15');
      await expect.poll(() => page.getByTestId('credits-balance').textContent()).toBe('985');
      await deductions.first().scrollIntoViewIfNeeded();
      await screenshot(page, 'credits-ledger-ja');
      await page.getByTestId('credits-usage-chart').scrollIntoViewIfNeeded();
      await screenshot(page, 'credits-usage-ja');
      // Read reports arrive after delivery; they charge nothing more.
      await page.waitForTimeout(1_000);
      await page.reload();
      // The ledger has loaded once its oldest row (the purchase) shows.
      await page.locator('[data-testid="credits-ledger-row"][data-kind="purchase"]').waitFor();
      expect(await deductions.count()).toBe(1);
      expect((await admin.credits()).balance).toBe(985);
      await context.close();
    },
  );
});
