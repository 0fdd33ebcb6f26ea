/**
 * WhatsApp's text formatting, as the customer's app shows it: *bold*, _italic_, ~strikethrough~
 * and ```monospace```. Pure, so the preview's rules are tested without React.
 */

export type FormatStyle = 'bold' | 'italic' | 'strike' | 'mono';
export type FormattedNode = string | { style: FormatStyle; children: FormattedNode[] };

/**
 * A marker opens after a start, a space or punctuation (never inside a word like snake_case, but
 * right after Japanese text), hugs its text without spaces inside, and closes before the same.
 */
const inline = (marker: string) =>
  new RegExp(
    `(?<![A-Za-z0-9])\\${marker}([^\\s${marker}](?:[^${marker}\\n]*[^\\s${marker}])?)\\${marker}(?![A-Za-z0-9])`,
  );

const patterns: readonly [FormatStyle, RegExp][] = [
  ['mono', /```([\s\S]+?)```/],
  ['bold', inline('*')],
  ['italic', inline('_')],
  ['strike', inline('~')],
];

export function parseWhatsAppFormatting(text: string): FormattedNode[] {
  let earliest: { style: FormatStyle; match: RegExpExecArray } | null = null;
  for (const [style, pattern] of patterns) {
    const match = pattern.exec(text);
    if (match && (earliest === null || match.index < earliest.match.index)) earliest = { style, match };
  }
  if (earliest === null) return text ? [text] : [];
  const { style, match } = earliest;
  const inner = match[1] ?? '';
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return [
    ...(before ? [before] : []),
    { style, children: style === 'mono' ? [inner] : parseWhatsAppFormatting(inner) },
    ...parseWhatsAppFormatting(after),
  ];
}

/** The text without its formatting markers, as a screen reader or a summary should read it. */
export function plainText(nodes: readonly FormattedNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : plainText(node.children))).join('');
}
