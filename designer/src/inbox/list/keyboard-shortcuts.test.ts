import { describe, expect, it } from 'vitest';
import { isTypingTarget, neighbour, shortcutFor, successor, type KeyPress } from './keyboard-shortcuts';

const press = (key: string, patch: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  target: { tagName: 'BODY' } as unknown as EventTarget,
  defaultPrevented: false,
  ...patch,
});
const element = (tagName: string, patch: Record<string, unknown> = {}) =>
  ({ tagName, ...patch }) as unknown as EventTarget;

describe('shortcutFor', () => {
  it('maps j, k, r, e and ?', () => {
    expect(
      ['j', 'k', 'r', 'e', '?'].map((key) => shortcutFor(press(key, { shiftKey: key === '?' }))),
    ).toEqual(['next', 'previous', 'reply', 'close', 'help']);
    expect(shortcutFor(press('x'))).toBeNull();
  });

  it('leaves the keys alone with a modifier (the browser’s and the system’s shortcuts)', () => {
    expect(shortcutFor(press('k', { metaKey: true }))).toBeNull(); // ⌘K
    expect(shortcutFor(press('r', { ctrlKey: true }))).toBeNull(); // reload
    expect(shortcutFor(press('e', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('J', { shiftKey: true }))).toBeNull();
  });

  it('leaves them alone while typing, composing Japanese, or already handled', () => {
    expect(shortcutFor(press('j', { target: element('TEXTAREA') }))).toBeNull();
    expect(shortcutFor(press('j', { target: element('INPUT', { type: 'search' }) }))).toBeNull();
    expect(shortcutFor(press('j', { target: element('SELECT') }))).toBeNull();
    expect(shortcutFor(press('j', { target: element('DIV', { isContentEditable: true }) }))).toBeNull();
    expect(shortcutFor(press('j', { isComposing: true }))).toBeNull();
    expect(shortcutFor(press('j', { defaultPrevented: true }))).toBeNull();
  });

  it('works with the focus on a link, a button or a checkbox', () => {
    expect(shortcutFor(press('j', { target: element('A') }))).toBe('next');
    expect(shortcutFor(press('e', { target: element('BUTTON') }))).toBe('close');
    expect(isTypingTarget(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(element('INPUT'))).toBe(true); // no type: text
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('neighbour', () => {
  const ids = ['a', 'b', 'c'];
  it('steps through the list and stops at its ends', () => {
    expect(neighbour(ids, 'a', 1)).toBe('b');
    expect(neighbour(ids, 'b', -1)).toBe('a');
    expect(neighbour(ids, 'c', 1)).toBeNull();
    expect(neighbour(ids, 'a', -1)).toBeNull();
  });

  it('starts at the first (next) or the last (previous) when nothing of the list is open', () => {
    expect(neighbour(ids, null, 1)).toBe('a');
    expect(neighbour(ids, 'gone', -1)).toBe('c');
    expect(neighbour([], null, 1)).toBeNull();
  });
});

describe('successor', () => {
  it('is the next conversation, else the previous, else none', () => {
    expect(successor(['a', 'b', 'c'], 'b')).toBe('c');
    expect(successor(['a', 'b', 'c'], 'c')).toBe('b');
    expect(successor(['a'], 'a')).toBeNull();
    expect(successor(['a', 'b'], 'gone')).toBe('a');
  });
});
