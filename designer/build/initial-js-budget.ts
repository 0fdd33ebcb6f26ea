import type { Plugin, ResolvedConfig } from 'vite';
import { javaScriptBudget, type BudgetChunk } from './javascript-budget.js';

/**
 * Prints, at the end of `vite build`, the gzipped JavaScript a first visit loads (index.html's entry
 * and its static imports) and the largest lazy chunks; fails the build when the initial part is
 * over `budgetKb` (1 kB = 1,000 bytes).
 */
export function initialJsBudget(budgetKb: number): Plugin {
  let logger: ResolvedConfig['logger'] | undefined;
  return {
    name: 'parley:initial-js-budget',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    generateBundle(_options, bundle) {
      const chunks: BudgetChunk[] = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' ? [output] : [],
      );
      const budget = javaScriptBudget(chunks, budgetKb * 1000);
      for (const line of budget.lines) logger?.info(line);
      if (budget.over) this.error(budget.lines[0] ?? 'initial JavaScript over budget');
    },
  };
}
