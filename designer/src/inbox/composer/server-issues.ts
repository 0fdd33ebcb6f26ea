import type { ApiIssue } from '@parley/contracts';
import type { ComposerValues } from './composer-values';

/** Every field of the draft in its mode, as the engine's issues name them (`buttons.0.title`). */
export function fieldPaths(values: ComposerValues): string[] {
  const frame = ['body', 'header', 'footer'];
  switch (values.mode) {
    case 'text':
      return ['text'];
    case 'media':
      return ['file', 'caption'];
    case 'reply_buttons':
      return [...frame, 'buttons', ...values.buttons.map((_, i) => `buttons.${i}.title`)];
    case 'list':
      return [
        ...frame,
        'buttonLabel',
        'sections',
        ...values.sections.flatMap((section, s) => [
          `sections.${s}.title`,
          ...section.rows.flatMap((_, r) => [
            `sections.${s}.rows.${r}.title`,
            `sections.${s}.rows.${r}.description`,
          ]),
        ]),
      ];
    case 'cta_url':
      return [...frame, 'displayText', 'url'];
  }
}

/** The field an issue of the API is about (`message.buttons.0.title` → `buttons.0.title`), or null. */
export function issueField(path: string, values: ComposerValues): string | null {
  const inMessage = path.replace(/^message\./, '');
  const field = inMessage === 'fileId' ? 'file' : inMessage;
  return fieldPaths(values).includes(field) ? field : null;
}

/**
 * The API's issues (CONTENT_OVER_LIMITS, INVALID_INPUT) split into those shown under a field of
 * the draft, the first per field, and the rest for the composer's alert.
 */
export function splitServerIssues(
  issues: readonly ApiIssue[],
  values: ComposerValues,
): { onFields: Map<string, string>; rest: ApiIssue[] } {
  const onFields = new Map<string, string>();
  const rest: ApiIssue[] = [];
  for (const issue of issues) {
    const field = issueField(issue.path, values);
    if (field === null) rest.push(issue);
    else if (!onFields.has(field)) onFields.set(field, issue.message);
  }
  return { onFields, rest };
}
