const variablePattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The variables of a text in order of appearance: `Hi {{1}}` → ['1'], `Hi {{first_name}}` → ['first_name']. */
export function variablesIn(text: string | undefined): string[] {
  return text === undefined ? [] : [...text.matchAll(variablePattern)].map((match) => match[1] ?? '');
}

export function isPositional(name: string): boolean {
  return /^\d+$/.test(name);
}

export function isNamed(name: string): boolean {
  return /^[a-z][a-z0-9_]*$/.test(name);
}

/** Distinct variables; positional ones must be 1..n. */
export function distinctVariables(text: string | undefined): string[] {
  return [...new Set(variablesIn(text))];
}

/** True when a text starts or ends with a variable (Meta refuses such templates). */
export function variableAtEdge(text: string): boolean {
  const trimmed = text.trim();
  return /^\{\{[^{}]*\}\}/.test(trimmed) || /\{\{[^{}]*\}\}$/.test(trimmed);
}

/** Replaces `{{…}}` by the values given (by position or name); unknown ones stay. */
export function fillVariables(text: string, values: Map<string, string>): string {
  return text.replace(variablePattern, (whole, name: string) => values.get(name) ?? whole);
}
