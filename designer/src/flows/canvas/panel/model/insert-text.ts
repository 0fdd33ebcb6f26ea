/** The text with `insert` put in place of the selection from `start` to `end`, and where the caret goes after it. */
export function insertText(
  text: string,
  insert: string,
  start: number | null,
  end: number | null,
): { text: string; caret: number } {
  const from = Math.min(Math.max(start ?? text.length, 0), text.length);
  const to = Math.min(Math.max(end ?? from, from), text.length);
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
