/**
 * The entries of a list written one per line (and, with `commas`, also separated by commas):
 * trimmed, the empty ones left out.
 */
export function parseStringList(text: string, { commas = false }: { commas?: boolean } = {}): string[] {
  return text
    .split(commas ? /[\n,、，]/ : /\n/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** A list as the text area shows it: one entry per line. */
export const stringListText = (entries: readonly string[]): string => entries.join('\n');
