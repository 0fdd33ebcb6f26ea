import { describe, expect, it } from 'vitest';
import { keyCommand, shortcuts } from './shortcuts';

const press = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('keyCommand', () => {
  it('takes Ctrl and ⌘ alike for undo, redo, duplicate and select all', () => {
    expect(keyCommand(press('z', { ctrl: true }))).toBe('undo');
    expect(keyCommand(press('z', { meta: true }))).toBe('undo');
    expect(keyCommand(press('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(keyCommand(press('y', { ctrl: true }))).toBe('redo');
    expect(keyCommand(press('d', { meta: true }))).toBe('duplicate');
    expect(keyCommand(press('a', { ctrl: true }))).toBe('selectAll');
  });

  it('knows the single keys of the help sheet', () => {
    expect(keyCommand(press('?', { shift: true }))).toBe('help');
    expect(keyCommand(press('Escape'))).toBe('deselect');
    expect(keyCommand(press('L', { shift: true }))).toBe('layout');
    expect(keyCommand(press('f'))).toBe('fit');
  });

  it('leaves other keys to the browser and React Flow', () => {
    expect(keyCommand(press('c', { ctrl: true }))).toBeNull();
    expect(keyCommand(press('v', { ctrl: true }))).toBeNull();
    expect(keyCommand(press('l'))).toBeNull();
    expect(keyCommand(press('z', { ctrl: true, alt: true }))).toBeNull();
    expect(keyCommand(press('Delete'))).toBeNull();
  });

  it('lists every shortcut once in the help sheet', () => {
    const ids = shortcuts.map((shortcut) => shortcut.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
