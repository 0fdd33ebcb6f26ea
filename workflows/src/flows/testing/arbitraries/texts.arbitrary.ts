// Texts for generated nodes: written once the variables set before the node are known.
import fc from 'fast-check';
import { builtInVariables, contactPlaceholders } from '../../variables.js';

/** A text that may show the variables in `scope` (those set on every way to its node). */
export type TextPlan = (scope: readonly string[]) => string;

/** Letters, digits, punctuation, non-ASCII and an emoji outside the BMP (one character, two UTF-16 units); no braces. */
const characters = [...'abcdefghijklmnopqrstuvwxyzABCDEFXYZ0123456789 .,:!?-éßüç–日🙂'];

/** A trimmed, non-empty text of at most `maxLength` characters (kept small enough for the schema's UTF-16 limits). */
export function plainText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: fc.constantFrom(...characters), minLength: 1, maxLength })
    .map((text) => text.trim() || 'k');
}

/** Always a value: `{{last_reply}}` and the contact's fields, whatever the node's scope. */
const alwaysShown = [...builtInVariables, ...contactPlaceholders];

/** Picks by a generated number, so a choice among things known only later stays reproducible. */
export function pick<T>(items: readonly T[], choice: number): T {
  const item = items[choice % items.length];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

type Part = { kind: 'literal'; text: string } | { kind: 'placeholder'; choice: number; spaced: boolean };

/**
 * Words and placeholders: each placeholder names a variable of the scope, `{{last_reply}}` or a
 * contact field, sometimes written with spaces inside the braces.
 */
export function textPlan(maxParts: number, maxWordLength = 20): fc.Arbitrary<TextPlan> {
  const part: fc.Arbitrary<Part> = fc.oneof(
    plainText(maxWordLength).map((text) => ({ kind: 'literal' as const, text })),
    fc.record({ kind: fc.constant('placeholder' as const), choice: fc.nat(), spaced: fc.boolean() }),
  );
  return fc.array(part, { minLength: 1, maxLength: maxParts }).map(
    (parts) => (scope) =>
      parts
        .map((entry) => {
          if (entry.kind === 'literal') return entry.text;
          const name = pick([...scope, ...alwaysShown], entry.choice);
          return entry.spaced ? `{{ ${name} }}` : `{{${name}}}`;
        })
        .join(' '),
  );
}

/** A link's path: fixed segments and placeholders (without spaces: a link has none). */
export function urlPathPlan(): fc.Arbitrary<TextPlan> {
  const segment = fc.oneof(
    fc.constantFrom('orders', 'status', 'v1', 'track').map((text) => () => text),
    fc.nat().map((choice) => (scope: readonly string[]) => `{{${pick([...scope, ...alwaysShown], choice)}}}`),
  );
  return fc
    .array(segment, { maxLength: 3 })
    .map((segments) => (scope) => segments.map((segment) => segment(scope)).join('/'));
}
