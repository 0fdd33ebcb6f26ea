/** The inbox's single-key shortcuts (documented in the "Keyboard shortcuts" dialog). */
export const shortcuts = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'r', action: 'reply' },
  { key: 'e', action: 'close' },
  { key: '?', action: 'help' },
] as const;
export type ShortcutAction = (typeof shortcuts)[number]['action'];

/** What a key press needs to be judged: the parts of a `KeyboardEvent` this reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
  target: EventTarget | null;
  defaultPrevented: boolean;
}

/** The parts of an element `isTypingTarget` reads. */
interface ElementLike {
  tagName?: unknown;
  type?: unknown;
  isContentEditable?: unknown;
}

const notTyping = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'image',
]);

/** Typing, not commanding: a text field, a select (type-ahead), or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as ElementLike | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable === true) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !notTyping.has(String(element.type ?? 'text').toLowerCase());
}

/**
 * The shortcut a key press means, or null: never while typing or composing (an IME), never with
 * Ctrl, ⌘ or Alt (the browser's and the system's), and letters only without Shift ("?" needs it).
 */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.defaultPrevented || press.isComposing || press.ctrlKey || press.metaKey || press.altKey)
    return null;
  if (isTypingTarget(press.target)) return null;
  if (press.key === '?') return 'help';
  if (press.shiftKey) return null;
  return shortcuts.find((s) => s.key === press.key)?.action ?? null;
}

/**
 * The conversation `step` places from the selected one in the list: the first (next) or the last
 * (previous) when none of the list is selected; null at either end.
 */
export function neighbour(ids: readonly string[], selected: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = selected === null ? -1 : ids.indexOf(selected);
  if (at === -1) return (step === 1 ? ids[0] : ids.at(-1)) ?? null;
  return ids[at + step] ?? null;
}

/** The conversation to open once the selected one leaves the list: the next, else the previous. */
export function successor(ids: readonly string[], selected: string): string | null {
  const at = ids.indexOf(selected);
  if (at === -1) return ids[0] ?? null;
  return ids[at + 1] ?? ids[at - 1] ?? null;
}
