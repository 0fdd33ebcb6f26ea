import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxClient } from '../support/clients.js';
import { useStack } from '../support/use-stack.js';

// What a person sees: the inbox at the printed URL shows a customer's message and Parley's reply
// live, without reloading, in English and in Japanese.

const running = useStack({ statusDelaysMs: '50,100,200' });
let browser: Browser;

beforeAll(async () => {
  const ensure = fileURLToPath(new URL('../../../scripts/ensure-chromium.sh', import.meta.url));
  const executablePath = execFileSync('bash', [ensure], { encoding: 'utf8' }).trim();
  browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('the web app', () => {
  it('shows a new conversation and its reply live, and speaks Japanese', async () => {
    const { stack } = running;
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(stack.engine.url);
    await page.getByRole('heading', { name: 'Conversations' }).waitFor();

    const waId = `8190${randomInt(1e7, 9e7)}`;
    const name = `Browser ${waId}`;
    await new SandboxClient(stack.sandbox.url).sendAsCustomer(waId, 'ブラウザからこんにちは', name);

    // No reload: the conversation arrives over the live event stream.
    await page.getByRole('navigation').getByText(name).click({ timeout: 30_000 });
    const thread = page.getByRole('region', { name: new RegExp(name) });
    await thread.getByText('ブラウザからこんにちは').waitFor({ timeout: 30_000 });
    await thread.getByText('Thanks for your message!').waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/#\/conversations\/[0-9a-f-]{36}$/);

    await page.getByRole('combobox').selectOption('ja');
    await page.getByRole('heading', { name: '会話' }).waitFor();
    await page.close();
  }, 120_000);
});
