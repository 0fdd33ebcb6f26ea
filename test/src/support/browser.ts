import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Where browser tests leave their screenshots (ignored by git), to look at the screens. */
export const screenshotDir = fileURLToPath(new URL('../../.tmp-screenshots/', import.meta.url));

/** Debian's Chromium (installed from apt when missing), headless: for tests and benchmarks alike. */
export async function launchChromium(): Promise<Browser> {
  const ensure = fileURLToPath(new URL('../../../scripts/ensure-chromium.sh', import.meta.url));
  const executablePath = execFileSync('bash', [ensure], { encoding: 'utf8' }).trim();
  return chromium.launch({
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
}

/** `launchChromium`'s browser, for the whole test file. */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not running');
      return browser;
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Signs in through the sign-in page, in whichever language the page speaks. */
export async function signIn(page: Page, url: string, email: string, password: string, labels = english) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.signIn, exact: true }).click();
}

export const english = { email: 'Email address', password: 'Password', signIn: 'Sign in' };
export const japanese = { email: 'メールアドレス', password: 'パスワード', signIn: 'サインイン' };
