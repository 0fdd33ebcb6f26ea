// The initial-JavaScript budget of the web app (issue 17): what a first visit downloads before any
// lazy route, gzipped, against a budget. Pure, for the Vite plugin in initial-js-budget.ts.
import { gzipSync } from 'node:zlib';

/** The parts of a bundle's JavaScript chunk the budget reads (Rolldown's OutputChunk has them). */
export interface BudgetChunk {
  fileName: string;
  code: string;
  /** A static entry point: index.html's script. */
  isEntry: boolean;
  /** File names of the chunks this one imports statically (not its dynamic imports). */
  imports: readonly string[];
}

/** One chunk's size, gzipped at level 9. */
export interface ChunkSize {
  fileName: string;
  gzipBytes: number;
}

/** What the budget found: the initial chunks, their total, the largest lazy ones and the lines to print. */
export interface JavaScriptBudget {
  /** The entries and every chunk they import statically, transitively; largest first. */
  initial: ChunkSize[];
  initialBytes: number;
  budgetBytes: number;
  over: boolean;
  /** The largest chunks loaded only on demand (dynamic imports), largest first. */
  largestLazy: ChunkSize[];
  lines: string[];
}

/** Kilobytes as Vite prints them (1 kB = 1,000 bytes). */
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const listed = (sizes: readonly ChunkSize[]) =>
  sizes.map((size) => `${size.fileName} ${kB(size.gzipBytes)}`).join(', ');

/**
 * Sizes the JavaScript a first visit loads: the entry chunks and, transitively, every chunk they
 * import statically; everything else is lazy. Each chunk is gzipped on its own at level 9.
 */
export function javaScriptBudget(
  chunks: readonly BudgetChunk[],
  budgetBytes: number,
  lazyShown = 5,
): JavaScriptBudget {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initialNames = new Set<string>();
  const pending = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (initialNames.has(name)) continue;
    initialNames.add(name);
    pending.push(...(byName.get(name)?.imports ?? []).filter((imported) => byName.has(imported)));
  }
  const sizes = chunks
    .map((chunk) => ({ fileName: chunk.fileName, gzipBytes: gzipSync(chunk.code, { level: 9 }).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const initial = sizes.filter((size) => initialNames.has(size.fileName));
  const largestLazy = sizes.filter((size) => !initialNames.has(size.fileName)).slice(0, lazyShown);
  const initialBytes = initial.reduce((sum, size) => sum + size.gzipBytes, 0);
  const over = initialBytes > budgetBytes;
  const files = `${initial.length} file${initial.length === 1 ? '' : 's'}`;
  const lines = [
    `initial JavaScript: ${kB(initialBytes)} gzip in ${files} (budget ${kB(budgetBytes)})${over ? ': OVER BUDGET' : ''}`,
    `  ${listed(initial)}`,
    ...(largestLazy.length ? [`largest lazy chunks (gzip): ${listed(largestLazy)}`] : []),
  ];
  return { initial, initialBytes, budgetBytes, over, largestLazy, lines };
}
