import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { english, screenshot, signIn, useBrowser } from '../support/browser.js';
import { SandboxClient } from '../support/clients.js';
import { demoGreeting } from '../support/demo.js';
import { useStack } from '../support/use-stack.js';

// What a person sees: after signing in, the inbox shows a customer's message and Parley's reply
// live, without reloading, in English and in Japanese; signed out, nothing but the sign-in page.

const running = useStack({ statusDelaysMs: '50,100,200' });
const chromium = useBrowser();

describe('the web app', () => {
  it('asks for sign-in, then shows a new conversation and its reply live, and speaks Japanese', async () => {
    const { stack } = running;
    const page = await chromium.browser.newPage({ locale: 'en-US' });
    await page.goto(`${stack.engine.url}/inbox`);
    await page.getByRole('heading', { name: 'Sign in to Parley' }).waitFor();
    expect(page.url()).toMatch(/\/sign-in\?redirect=/);
    await signIn(page, stack.engine.url, stack.admin.email, stack.admin.password, english);
    // The demo admin's profile says Japanese: the app switches to it once signed in.
    await page.getByRole('heading', { name: '会話' }).waitFor();
    await page.getByRole('banner').getByRole('combobox', { name: '言語' }).selectOption('en');
    await page.getByRole('heading', { name: 'Conversations' }).waitFor();

    const waId = `8190${randomInt(1e7, 9e7)}`;
    const name = `Browser ${waId}`;
    await new SandboxClient(stack.sandbox.url).sendAsCustomer(waId, 'ブラウザからこんにちは', name);

    // No reload: the conversation arrives over the live event stream.
    await page.getByRole('navigation', { name: 'Conversations' }).getByText(name).click({ timeout: 30_000 });
    const thread = page.getByRole('region', { name: new RegExp(name) });
    await thread.getByText('ブラウザからこんにちは').waitFor({ timeout: 30_000 });
    await thread.getByText(demoGreeting).waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/\/inbox\/[0-9a-f-]{36}$/);
    await screenshot(page, 'inbox-en');

    await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.getByRole('heading', { name: '会話' }).waitFor();
    await screenshot(page, 'inbox-ja');
    await page.close();
  }, 120_000);
});
