import type { ApiIssue } from '@parley/contracts';
import { issueField, TEMPLATE_FIELD } from '../../templates/send/send-template-form';

export interface PlacedIssue {
  field: string;
  message: string;
}

/**
 * The API's issues on a refused save, placed: under a field of the settings form, under one of the
 * fallback template's values (the send dialog's fields), or left for the alert.
 */
export function placeAutoRepliesIssues(
  issues: readonly ApiIssue[],
  fieldOf: (path: string) => string | null,
): { settings: PlacedIssue[]; fallback: PlacedIssue[]; rest: ApiIssue[] } {
  const settings: PlacedIssue[] = [];
  const fallback: PlacedIssue[] = [];
  const rest: ApiIssue[] = [];
  const add = (list: PlacedIssue[], field: string, message: string) => {
    if (!list.some((issue) => issue.field === field)) list.push({ field, message });
  };
  for (const issue of issues) {
    const inFallback = /^fallbackTemplate(?:\.(.+))?$/.exec(issue.path);
    if (inFallback) {
      const inner = inFallback[1];
      const field = inner === undefined ? TEMPLATE_FIELD : issueField(inner);
      if (field === null) rest.push(issue);
      else add(fallback, field, issue.message);
      continue;
    }
    const field = fieldOf(issue.path);
    if (field === null) rest.push(issue);
    else add(settings, field, issue.message);
  }
  return { settings, fallback, rest };
}
