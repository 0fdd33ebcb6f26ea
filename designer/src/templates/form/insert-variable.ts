import { isPositional, isValidVariableName, parameterFormatOf, variablesOf } from '@parley/contracts';

/**
 * The variable "Add variable" inserts: the next number after the body's highest, or — when the
 * body already uses named variables — the next free `variable_n`, so the two are never mixed.
 */
export function nextVariable(body: string): string {
  const names = variablesOf(body).filter(isValidVariableName);
  if (parameterFormatOf(names) === 'NAMED') {
    let n = names.length + 1;
    while (names.includes(`variable_${n}`)) n += 1;
    return `variable_${n}`;
  }
  const highest = Math.max(0, ...names.filter(isPositional).map(Number));
  return String(highest + 1);
}

/** The text with `{{name}}` in place of the selection, and where the cursor goes after it. */
export function insertAt(text: string, start: number, end: number, name: string) {
  const token = `{{${name}}}`;
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length, token };
}
