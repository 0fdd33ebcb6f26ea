import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The impacts that fail a screen (issue 17: no serious violations on the main screens). */
const failingImpacts: ReadonlySet<ImpactValue | undefined> = new Set(['serious', 'critical']);
/** Elements named per violation in the failure's message. */
const targetsShown = 3;

/** axe-core's script, read once from node_modules. */
let axeSource: string | undefined;
const source = () =>
  (axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/** The violations that fail a screen: serious or critical ones. */
export function seriousViolations(violations: readonly Result[]): Result[] {
  return violations.filter((violation) => failingImpacts.has(violation.impact));
}

/** A node's CSS selector as axe gives it: across iframes and shadow roots, joined by " >> ". */
const selectorText = (target: Result['nodes'][number]['target']) =>
  target.map((part) => (Array.isArray(part) ? part.flat(Infinity).join(' >> ') : part)).join(' >> ');

/** One line per violation: rule id, impact, help, and the first elements it found. */
export function formatViolations(label: string, violations: readonly Result[]): string {
  return [
    `${label}: ${violations.length} serious or critical accessibility violation${violations.length === 1 ? '' : 's'} (axe-core)`,
    ...violations.map((violation) => {
      const targets = violation.nodes.slice(0, targetsShown).map((node) => selectorText(node.target));
      const more =
        violation.nodes.length > targetsShown ? ` and ${violation.nodes.length - targetsShown} more` : '';
      return `  ${violation.id} (${violation.impact}): ${violation.help} — ${targets.join(', ')}${more}`;
    }),
  ].join('\n');
}

/** axe in the page, as far as the check calls it (the test's types have no DOM). */
interface AxeInPage {
  axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
  document: unknown;
}

/**
 * Runs axe-core over the page as it stands and throws, listing them, when it finds serious or
 * critical violations. `label` names the screen in the message. axe is evaluated in the page
 * through the DevTools protocol: the engine's CSP (`script-src 'self'`) refuses the inline script
 * `page.addScriptTag` would add.
 */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  await page.evaluate(source());
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as AxeInPage;
    if (!axe) throw new Error('axe-core did not load in the page');
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  const serious = seriousViolations(violations);
  if (serious.length > 0) throw new Error(formatViolations(label, serious));
}
