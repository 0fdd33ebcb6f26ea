import { describe, expect, it } from 'vitest';
import { comparableTexts } from './draft-text';
import { lineAt, scanJson } from './json-scan';
import { foldUnchanged, lineDiff } from './line-diff';

describe('scanJson', () => {
  it('finds where a text stops being JSON, as JSON.parse would refuse it', () => {
    for (const text of ['{"a": 1}', '[1, 2.5e3, -0, "x\\u00e9", true, false, null]', ' {"a": {"b": []}} '])
      expect(scanJson(text).errorOffset, text).toBeNull();
    expect(scanJson('{"a": 1,}').errorOffset).toBe(8);
    expect(scanJson('{"a": 01}').errorOffset).toBe(7);
    expect(scanJson('["tab\there"]').errorOffset).toBe(5);
    expect(scanJson('{"a": 1} x').errorOffset).toBe(9);
    expect(scanJson('{"a": ').errorOffset).toBe(6);
  });

  it('locates the value at a path', () => {
    const text = '{"nodes": [{"id": "a"}, {"id": "b", "buttons": [{"title": "Yes"}]}]}';
    const at = (path: (string | number)[]) => {
      const found = scanJson(text, path).found;
      return found && text.slice(found.start, found.end);
    };
    expect(at(['nodes', 1, 'buttons', 0, 'title'])).toBe('"Yes"');
    expect(at(['nodes', 0])).toBe('{"id": "a"}');
    expect(at(['nodes', 2])).toBeNull();
  });

  it('counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});

describe('lineDiff', () => {
  it('keeps common lines and marks the rest as mine or theirs', () => {
    expect(lineDiff('a\nb\nc\nd', 'a\nx\nc\nd\ne')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'mine', text: 'b' },
      { kind: 'theirs', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'same', text: 'd' },
      { kind: 'theirs', text: 'e' },
    ]);
  });

  it('folds long unchanged stretches, keeping three lines around each change', () => {
    const many = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const blocks = foldUnchanged(
      lineDiff(many.join('\n'), [...many.slice(0, 10), 'new', ...many.slice(10)].join('\n')),
    );
    expect(blocks.map((b) => (b.kind === 'folded' ? b.count : b.lines.length))).toEqual([7, 7, 7]);
  });
});

describe('comparableTexts', () => {
  it('compares graphs by content, whatever order their keys were written in', () => {
    const [mine, theirs] = comparableTexts('{"b": 1, "a": {"d": 2, "c": 3}}', { a: { c: 3, d: 2 }, b: 1 });
    expect(mine).toBe(theirs);
  });

  it('keeps the admin’s text as it is while it isn’t JSON', () => {
    expect(comparableTexts('{"b": ', { b: 1 })).toEqual(['{"b": ', '{\n  "b": 1\n}']);
  });
});
