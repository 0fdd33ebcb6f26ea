/** Template variables: `{{1}}`, `{{2}}`… (positional) or `{{order_id}}` (named), never both. */
const placeholderPattern = /\{\{([^{}]*)\}\}/g;
const positionalPattern = /^[1-9]\d*$/;
const namedPattern = /^[a-z][a-z0-9_]*$/;

export type ParameterFormat = 'POSITIONAL' | 'NAMED';

/** Every `{{…}}` in the text, in order, with what is between the braces (trimmed of nothing). */
export function placeholders(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** The distinct variables of a text, in order of first appearance. */
export function variablesOf(text: string | undefined): string[] {
  return [...new Set(placeholders(text))];
}

export function isPositional(name: string): boolean {
  return positionalPattern.test(name);
}

export function isValidVariableName(name: string): boolean {
  return positionalPattern.test(name) || namedPattern.test(name);
}

/** The template's parameter format: named as soon as one variable is named. */
export function parameterFormatOf(names: readonly string[]): ParameterFormat {
  return names.some((name) => !isPositional(name)) ? 'NAMED' : 'POSITIONAL';
}

/**
 * The value given for a variable, if any: an own property only, so a variable named like an
 * `Object.prototype` member (`{{constructor}}`) is not "given" a function.
 */
export function givenValue<T>(values: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

/** Replaces each variable with its value (or leaves `{{name}}` when there is none). */
export function fillVariables(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(placeholderPattern, (whole, name: string) => {
    const value = givenValue(values, name);
    return value === undefined || value === '' ? whole : value;
  });
}
