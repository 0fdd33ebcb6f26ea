import type { CannedReply } from '@parley/contracts';

/** A `/query` being typed in the message box: where it is, and what follows the slash. */
export interface SlashToken {
  /** The index of the `/`. */
  start: number;
  /** The index just past the token (the next whitespace or the end of the text). */
  end: number;
  /** What was typed after the `/`, up to the cursor. */
  query: string;
}

const SPACE = /\s/u;
/** What a shortcut is made of (the contract's: letters, digits, `-` and `_`). */
const SHORTCUT_CHARS = /^[\p{L}\p{N}_-]*$/u;

/**
 * The `/query` the cursor is in, when the `/` starts the text or follows whitespace and what
 * follows it could be a shortcut; null otherwise (a URL, a date like 1/2, a selection).
 */
export function slashToken(text: string, caret: number): SlashToken | null {
  if (caret < 0 || caret > text.length) return null;
  let start = caret;
  while (start > 0 && !SPACE.test(text[start - 1] ?? '')) start--;
  if (text[start] !== '/') return null;
  const query = text.slice(start + 1, caret);
  if (!SHORTCUT_CHARS.test(query)) return null;
  let end = caret;
  while (end < text.length && !SPACE.test(text[end] ?? '')) end++;
  return { start, end, query };
}

/** Compares the way people type: full-width and half-width alike, any case. */
const fold = (value: string) => value.normalize('NFKC').toLowerCase();

/** How many canned replies the popup lists at once. */
export const CANNED_REPLY_MATCHES = 8;

/**
 * The canned replies matching a query: shortcuts starting with it first, then shortcuts, titles and
 * texts containing it; each group by shortcut. An empty query lists them all (by shortcut).
 */
export function matchCannedReplies(
  replies: readonly CannedReply[],
  query: string,
  limit = CANNED_REPLY_MATCHES,
): CannedReply[] {
  const q = fold(query.trim());
  const scored: { reply: CannedReply; score: number }[] = [];
  for (const reply of replies) {
    const shortcut = fold(reply.shortcut);
    let score: number;
    if (shortcut.startsWith(q)) score = 0;
    else if (shortcut.includes(q)) score = 1;
    else if (fold(reply.title).includes(q)) score = 2;
    else if (fold(reply.text).includes(q)) score = 3;
    else continue;
    scored.push({ reply, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.reply.shortcut.localeCompare(b.reply.shortcut))
    .slice(0, limit)
    .map(({ reply }) => reply);
}

/** The option after (`+1`) or before (`-1`) the active one, wrapping around; -1 when there are none. */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (active < 0 || active >= count) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}

/** `text` with `[start, end)` replaced by `insert`, and where the cursor goes: just after it. */
export function replaceRange(
  text: string,
  start: number,
  end: number,
  insert: string,
): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
