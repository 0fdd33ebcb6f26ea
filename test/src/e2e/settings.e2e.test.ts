import { channelAccountSchema, organisationSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { screenshot, signIn, useBrowser } from '../support/browser.js';
import { useStack } from '../support/use-stack.js';

// Settings in the web app, in English (the Japanese walk-through is connect-whatsapp's): connecting
// a Telegram bot — the demo bot is disconnected first, then connected again through the dialog,
// where a token Telegram does not know is refused under its field — and renaming the organisation.

const running = useStack({ telegram: true });
const chromium = useBrowser();
const accountsSchema = z.object({ items: z.array(channelAccountSchema) });

describe('settings in the web app', () => {
  it('refuses an unknown bot token under its field and connects the right one', async () => {
    const { stack, admin } = running;
    const botToken = stack.telegram!.botToken;
    const bot = (await admin.call('GET', '/api/channel-accounts', accountsSchema)).items.find(
      (account) => account.channel === 'telegram',
    );
    expect(bot?.connected).toBe(true);
    expect((await admin.raw('DELETE', `/api/channel-accounts/${bot!.id}`)).status).toBeLessThan(300);

    // The demo admin reads Parley in Japanese; this walk-through is in English.
    expect((await admin.raw('PATCH', '/api/auth/profile', { locale: 'en' })).status).toBe(200);
    const context = await chromium.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations' }).click();
    await page.getByRole('button', { name: 'Connect Telegram' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect a Telegram bot' });
    const [botId] = botToken.split(':');
    await dialog.getByLabel('Bot token').fill(`${botId}:${'x'.repeat(35)}`);
    await dialog.getByRole('button', { name: 'Connect bot' }).click();
    await dialog.getByText('Telegram doesn’t know this token.').waitFor({ timeout: 30_000 });
    await screenshot(page, 'connect-telegram-rejected-en');

    await dialog.getByLabel('Bot token').fill(botToken);
    await dialog.getByRole('button', { name: 'Connect bot' }).click();
    await dialog.getByRole('heading', { name: / is connected$/ }).waitFor({ timeout: 30_000 });
    // The same account again, history and all, connected by the admin.
    const again = (await admin.call('GET', '/api/channel-accounts', accountsSchema)).items.find(
      (account) => account.channel === 'telegram',
    );
    expect(again).toMatchObject({
      id: bot!.id,
      connected: true,
      enabled: true,
      connectedBy: { name: 'Demo Admin' },
    });
    await context.close();
  }, 90_000);

  it('renames the organisation; the user menu and the audit log show it', async () => {
    const { stack, admin } = running;
    expect((await admin.raw('PATCH', '/api/auth/profile', { locale: 'en' })).status).toBe(200);
    const context = await chromium.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }).click();
    await page.getByRole('heading', { name: 'Organisation', level: 1 }).waitFor();
    await page.getByText('Premium', { exact: true }).waitFor();
    const name = page.getByLabel('Organisation name');
    await name.fill('');
    await page.getByRole('button', { name: 'Save name' }).click();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await name.fill('Sakura Trading');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await screenshot(page, 'organisation-en');
    await page.getByRole('button', { name: /\(user menu\)/ }).click();
    await page.getByText('Admin · Sakura Trading').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page
      .getByRole('row', { name: /Renamed the organisation/ })
      .first()
      .waitFor();
    expect((await admin.call('GET', '/api/organisation', organisationSchema)).name).toBe('Sakura Trading');
    await context.close();
  }, 90_000);
});
