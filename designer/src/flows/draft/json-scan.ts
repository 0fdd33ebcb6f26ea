/** A path into a JSON value: object keys and array indexes (`['nodes', 3, 'buttons', 1, 'title']`). */
export type JsonPath = readonly (string | number)[];

export interface JsonScan {
  /** Where the text stops being JSON, or null when it is valid. */
  errorOffset: number | null;
  /** The characters of the value at the path asked for, when the text holds it. */
  found: { start: number; end: number } | null;
}

class Stop {
  constructor(readonly offset: number) {}
}

const samePath = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((key, i) => key === b[i]);
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapes = '"\\/bfnrt';

/**
 * Reads a JSON text the way JSON.parse does, noting where it first goes wrong (every browser's
 * JSON.parse words its errors differently, and some name no position) and where the value at
 * `target` lies, so the editor can point at a line and select a node's field.
 */
export function scanJson(text: string, target: JsonPath | null = null): JsonScan {
  let i = 0;
  let found: JsonScan['found'] = null;
  const path: (string | number)[] = [];
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const expect = (char: string) => {
    if (text[i] !== char) fail();
    i += 1;
  };

  function string(): string {
    const start = i;
    expect('"');
    while (i < text.length) {
      const c = text[i] ?? '';
      if (c === '"') {
        i += 1;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== 'u' && escapes.includes(next) && next !== '') i += 2;
        else fail();
      } else if (c < ' ') fail();
      else i += 1;
    }
    return fail();
  }

  function members(close: string, member: (index: number) => void) {
    i += 1;
    space();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (let index = 0; ; index += 1) {
      member(index);
      space();
      if (text[i] === ',') i += 1;
      else return expect(close);
    }
  }

  function value() {
    space();
    const start = i;
    const c = text[i];
    if (c === '{')
      members('}', () => {
        space();
        const key = string();
        space();
        expect(':');
        path.push(key);
        value();
        path.pop();
      });
    else if (c === '[')
      members(']', (index) => {
        path.push(index);
        value();
        path.pop();
      });
    else if (c === '"') string();
    else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else {
      numberPattern.lastIndex = i;
      if (!numberPattern.test(text)) fail();
      i = numberPattern.lastIndex;
    }
    if (target && found === null && samePath(path, target)) found = { start, end: i };
  }

  try {
    value();
    space();
    if (i < text.length) fail();
    return { errorOffset: null, found };
  } catch (e) {
    if (e instanceof Stop) return { errorOffset: e.offset, found };
    throw e;
  }
}

/** The line (from 1) an offset of the text is on. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}
