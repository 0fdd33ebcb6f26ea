// Pure and zod-free: placeholders in a flow's texts, for the validator and the interpreter.

/** `{{name}}`, `{{contact.name}}`, `{{secret.NAME}}`, with optional spaces inside the braces. */
const placeholder = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;

/** Fields of the contact a text may show: `{{contact.name}}`, `{{contact.phone}}`, `{{contact.language}}`. */
export const contactPlaceholders = ['contact.name', 'contact.phone', 'contact.language'] as const;
/** Always defined: the customer's last reply. */
export const builtInVariables = ['last_reply'] as const;

export type PlaceholderRef =
  | { kind: 'variable'; name: string }
  | { kind: 'contact'; name: string }
  | { kind: 'secret'; name: string }
  | { kind: 'unknown'; name: string };

export function placeholdersIn(text: string): PlaceholderRef[] {
  return [...text.matchAll(placeholder)].map((match) => {
    const name = match[1] ?? '';
    if (name.startsWith('secret.')) return { kind: 'secret', name: name.slice('secret.'.length) };
    if (name.startsWith('contact.'))
      return (contactPlaceholders as readonly string[]).includes(name)
        ? { kind: 'contact', name: name.slice('contact.'.length) }
        : { kind: 'unknown', name };
    return /^[a-z][a-z0-9_]{0,39}$/.test(name) ? { kind: 'variable', name } : { kind: 'unknown', name };
  });
}

export interface PlaceholderValues {
  variables: Readonly<Record<string, string>>;
  contact: Readonly<Record<string, string | null>>;
  /**
   * Secrets are filled in only by the engine, at the moment a request runs; without them a secret's
   * placeholder stays as it is (the workflow never sees a secret).
   */
  secrets?: Readonly<Record<string, string>>;
}

/** The text with its placeholders filled in; an unknown or empty one becomes "". */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(placeholder, (whole: string, name: string) => {
    if (name.startsWith('secret.'))
      return values.secrets ? (values.secrets[name.slice('secret.'.length)] ?? '') : whole;
    if (name.startsWith('contact.')) return values.contact[name.slice('contact.'.length)] ?? '';
    return values.variables[name] ?? '';
  });
}
