import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { javaScriptBudget, type BudgetChunk } from './javascript-budget.js';

/** Code of about `bytes` that gzip cannot shrink much: its gzipped size tells chunks apart. */
function code(bytes: number, seed: number): string {
  let state = seed;
  let text = '';
  while (text.length < bytes) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    text += state.toString(36);
  }
  return text.slice(0, bytes);
}

const chunk = (fileName: string, bytes: number, imports: string[] = [], isEntry = false): BudgetChunk => ({
  fileName,
  code: code(bytes, fileName.length * 7919 + bytes),
  isEntry,
  imports,
});

const gzipped = (of: BudgetChunk) => gzipSync(of.code, { level: 9 }).length;

// index → react, router → shared: initial; the flow page (a dynamic import) and its canvas are lazy.
const bundle = [
  chunk('assets/index.js', 4_000, ['assets/react.js', 'assets/router.js'], true),
  chunk('assets/react.js', 6_000),
  chunk('assets/router.js', 3_000, ['assets/shared.js']),
  chunk('assets/shared.js', 1_000),
  chunk('assets/FlowPage.js', 5_000, ['assets/shared.js', 'assets/canvas.js']),
  chunk('assets/canvas.js', 8_000),
  chunk('assets/elk.js', 2_000),
];

describe('javaScriptBudget', () => {
  it('counts the entry and its static imports, transitively, and nothing loaded on demand', () => {
    const budget = javaScriptBudget(bundle, 350_000);
    expect(budget.initial.map((size) => size.fileName)).toEqual([
      'assets/react.js',
      'assets/index.js',
      'assets/router.js',
      'assets/shared.js',
    ]);
    const initialBytes = bundle.slice(0, 4).reduce((sum, of) => sum + gzipped(of), 0);
    expect(budget.initialBytes).toBe(initialBytes);
    expect(budget.largestLazy.map((size) => size.fileName)).toEqual([
      'assets/canvas.js',
      'assets/FlowPage.js',
      'assets/elk.js',
    ]);
    expect(budget.over).toBe(false);
    expect(budget.lines[0]).toBe(
      `initial JavaScript: ${(initialBytes / 1000).toFixed(1)} kB gzip in 4 files (budget 350.0 kB)`,
    );
    expect(budget.lines[2]).toMatch(/^largest lazy chunks \(gzip\): assets\/canvas\.js \d+\.\d kB, /);
  });

  it('shows only the largest lazy chunks asked for', () => {
    expect(javaScriptBudget(bundle, 350_000, 1).largestLazy.map((size) => size.fileName)).toEqual([
      'assets/canvas.js',
    ]);
  });

  it('is over budget past the budget, and says so', () => {
    const budget = javaScriptBudget(bundle, 1_000);
    expect(budget.over).toBe(true);
    expect(budget.lines[0]).toMatch(/\(budget 1\.0 kB\): OVER BUDGET$/);
  });

  it('follows import cycles once', () => {
    const cyclic = [chunk('a.js', 500, ['b.js'], true), chunk('b.js', 500, ['a.js'])];
    expect(javaScriptBudget(cyclic, 350_000).initial).toHaveLength(2);
  });
});
