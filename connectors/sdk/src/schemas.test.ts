import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const builtins = new Set(builtinModules);
const importPattern = /^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm;

/** Every module specifier `schemas.ts` reaches through its relative imports. */
function reachableImports(file: URL, seen = new Set<string>()): string[] {
  if (seen.has(file.href)) return [];
  seen.add(file.href);
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(importPattern)].flatMap(([, specifier = '']) =>
    specifier.startsWith('.')
      ? reachableImports(new URL(specifier.replace(/\.js$/, '.ts'), file), seen)
      : [specifier],
  );
}

describe('the schemas entry point', () => {
  it('reaches no Node built-in, so browsers and workflow code can import it', () => {
    const external = reachableImports(new URL('./schemas.ts', import.meta.url));
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((specifier) => specifier.startsWith('node:') || builtins.has(specifier))).toEqual(
      [],
    );
    expect(new Set(external)).toEqual(new Set(['zod']));
  });
});
