import {
  updateAutomaticRepliesSchema,
  type ApiIssue,
  type AutomaticReplies,
  type UpdateAutomaticReplies,
} from '@parley/contracts';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { TRANSLATED } from '../forms/field-error-text';
import type { Translate } from '../i18n/translate';
import {
  businessHoursField,
  businessHoursRequest,
  businessHoursValues,
  type BusinessHoursValues,
} from '../integrations/automatic-replies/business-hours-form';
import { businessHoursIssueText } from '../integrations/automatic-replies/business-hours-issues';

/**
 * One account's business hours as the Business hours page edits them. They are saved with the
 * automatic replies' PUT (the one setting they belong to), with every other part of it as stored.
 */
export interface AccountHoursValues {
  hours: BusinessHoursValues;
}

/** The account's hours in the form (the editor's defaults, switched off, when it has none). */
export function accountHoursValues(settings: AutomaticReplies): AccountHoursValues {
  return { hours: businessHoursValues(settings.businessHours) };
}

export interface AccountHoursRequest {
  body: UpdateAutomaticReplies;
  /** The form field a path of the request is about, or null when it is about another setting. */
  fieldOf: (path: string) => string | null;
}

/** The field the away message's need of hours is shown under: the switch that turns them off. */
export const HOURS_SWITCH = 'hours.enabled';

/**
 * The PUT body: the account's settings as they are — language, greeting, away message, fallback
 * template — with the form's business hours; and where each part of the hours came from.
 */
export function accountHoursRequest(
  settings: AutomaticReplies,
  values: AccountHoursValues,
): AccountHoursRequest {
  const { hours, sources } = businessHoursRequest(values.hours);
  return {
    body: {
      language: settings.language,
      greeting: settings.greeting,
      away: settings.away,
      businessHours: hours,
      fallbackTemplate: settings.fallbackTemplate,
    },
    fieldOf: (path) => {
      if (path === 'businessHours' || path === 'businessHours.weekly') return HOURS_SWITCH;
      const inHours = /^businessHours\.(.+)$/.exec(path)?.[1];
      const field = inHours === undefined ? null : businessHoursField(inHours, sources);
      return field === null ? null : `hours.${field}`;
    },
  };
}

/** A failed check of the hours (or of the away message's need of them) in the admin's language. */
export function accountHoursIssueText(path: readonly string[], code: string, t: Translate): string {
  if (path.join('.') === 'businessHours') return t('settingsWork.businessHours.issue.awayNeedsHours');
  if (path[0] === 'businessHours') return businessHoursIssueText(path.slice(1), code, t);
  return t('settingsWork.businessHours.issue.otherSettings');
}

/**
 * The form's resolver: the contract's own checks of the whole setting (`updateAutomaticRepliesSchema`)
 * with these hours, each worded under its field; a problem with another setting under the form.
 */
export function accountHoursResolver(settings: AutomaticReplies, t: Translate): Resolver<AccountHoursValues> {
  return (values, _context, options) => {
    const { body, fieldOf } = accountHoursRequest(settings, values);
    const parsed = updateAutomaticRepliesSchema.safeParse(body);
    if (parsed.success) return { values, errors: {} };
    const errors: FieldErrors<AccountHoursValues> = {};
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const field = fieldOf(path.join('.')) ?? 'root.contract';
      if (seen.has(field)) continue;
      seen.add(field);
      const ref = (options.fields[field] as { ref?: unknown } | undefined)?.ref;
      set(errors, field, { type: TRANSLATED, message: accountHoursIssueText(path, issue.code, t), ref });
    }
    return { values: {}, errors };
  };
}

export interface PlacedHoursIssues {
  /** Under the hours' fields: the field and its message. */
  fields: { field: string; message: string }[];
  /** About the account's other settings (a fallback template since deleted, …): for the alert. */
  rest: ApiIssue[];
}

/** The API's issues on a refused save, placed under the hours' fields or left for the alert. */
export function placeAccountHoursIssues(
  issues: readonly ApiIssue[],
  fieldOf: (path: string) => string | null,
  t: Translate,
): PlacedHoursIssues {
  const fields: PlacedHoursIssues['fields'] = [];
  const rest: ApiIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === null) {
      rest.push(issue);
      continue;
    }
    // The engine words the away message's need in English; the page says it in the admin's language.
    const message =
      issue.path === 'businessHours' ? t('settingsWork.businessHours.issue.awayNeedsHours') : issue.message;
    if (!fields.some((placed) => placed.field === field)) fields.push({ field, message });
  }
  return { fields, rest };
}
