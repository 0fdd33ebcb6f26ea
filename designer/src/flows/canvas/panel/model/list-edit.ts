// Immutable edits of a node's lists (buttons, rows, branches, headers…): a new array, the rest untouched.

/** The items with the one at `index` replaced. */
export const replaceItem = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((current, i) => (i === index ? item : current));

/** The items without the one at `index`. */
export const removeItem = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

/** The items with the one at `from` moved to `to`; unchanged when either is outside the list. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
