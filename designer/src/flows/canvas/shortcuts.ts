/** The canvas's keyboard shortcuts, as the help sheet lists them and the handler matches them. */
export const shortcuts = [
  { id: 'undo', keys: ['Mod', 'Z'] },
  { id: 'redo', keys: ['Mod', 'Shift', 'Z'] },
  { id: 'copy', keys: ['Mod', 'C'] },
  { id: 'cut', keys: ['Mod', 'X'] },
  { id: 'paste', keys: ['Mod', 'V'] },
  { id: 'duplicate', keys: ['Mod', 'D'] },
  { id: 'selectAll', keys: ['Mod', 'A'] },
  { id: 'delete', keys: ['Delete'] },
  { id: 'multiSelect', keys: ['Shift', 'Click'] },
  { id: 'boxSelect', keys: ['Shift', 'Drag'] },
  /** Any one of the keys (the others are pressed together). */
  { id: 'move', keys: ['↑', '↓', '←', '→'], anyOne: true },
  { id: 'nextNode', keys: ['Tab'] },
  { id: 'layout', keys: ['Shift', 'L'] },
  { id: 'fit', keys: ['F'] },
  { id: 'help', keys: ['?'] },
  { id: 'deselect', keys: ['Esc'] },
] as const;
export type ShortcutId = (typeof shortcuts)[number]['id'];

/** The commands keys run (copy, cut and paste come as the browser's clipboard events). */
export type KeyCommand = Exclude<
  ShortcutId,
  'copy' | 'cut' | 'paste' | 'delete' | 'multiSelect' | 'boxSelect' | 'move' | 'nextNode'
>;

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The command a key press means on the canvas, or null. Ctrl and ⌘ both count as Mod. */
export function keyCommand(e: KeyLike): KeyCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.altKey) return null;
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !e.shiftKey) return 'redo';
    if (key === 'd' && !e.shiftKey) return 'duplicate';
    if (key === 'a' && !e.shiftKey) return 'selectAll';
    return null;
  }
  if (e.key === '?') return 'help';
  if (e.key === 'Escape') return 'deselect';
  if (key === 'l' && e.shiftKey) return 'layout';
  if (key === 'f' && !e.shiftKey) return 'fit';
  return null;
}

/** Whether keys typed there are the admin's text (a field), not canvas commands. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
