import {
  updateAutomaticRepliesSchema,
  type AutomaticReplies,
  type Locale,
  type UpdateAutomaticReplies,
} from '@parley/contracts';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { set } from 'react-hook-form';
import type { z } from 'zod';
import { TRANSLATED } from '../../forms/field-error-text';
import type { Translate } from '../../i18n/translate';
import { businessHoursIssueText } from './business-hours-issues';
import {
  businessHoursField,
  businessHoursRequest,
  businessHoursValues,
  type BusinessHoursValues,
} from './business-hours-form';

/** The two automatic replies, each on or off with its words. */
export type ReplyKind = 'greeting' | 'away';
export const replyKinds = ['greeting', 'away'] as const satisfies readonly ReplyKind[];

/** The wording Parley offers for a reply in a language (from that language's dictionary). */
export type Wording = (language: Locale, kind: ReplyKind) => string;

/** The settings form (the fallback template has its own, the send dialog's). */
export interface AutoRepliesValues {
  language: Locale;
  greeting: { enabled: boolean; text: string };
  away: { enabled: boolean; text: string };
  hours: BusinessHoursValues;
}

/** The account's settings in the form; a reply without words gets the wording of its language. */
export function autoRepliesValues(settings: AutomaticReplies, wording: Wording): AutoRepliesValues {
  const reply = (kind: ReplyKind) => ({
    enabled: settings[kind].enabled,
    text: settings[kind].text ?? wording(settings.language, kind),
  });
  return {
    language: settings.language,
    greeting: reply('greeting'),
    away: reply('away'),
    hours: businessHoursValues(settings.businessHours),
  };
}

/**
 * A reply's words after its language changed: Parley's wording in the new language when nothing
 * was written or it still is Parley's wording in the old one; the admin's own words stay.
 */
export function rewordForLanguage(
  text: string,
  kind: ReplyKind,
  from: Locale,
  to: Locale,
  wording: Wording,
): string {
  return !text.trim() || text === wording(from, kind) ? wording(to, kind) : text;
}

export interface AutoRepliesRequest {
  body: UpdateAutomaticReplies;
  /** The form field a path of the request is about (`businessHours.weekly.0.closes` → `hours.days…`). */
  fieldOf: (path: string) => string | null;
}

/** The PUT body from the form and the chosen fallback template, and where each part came from. */
export function autoRepliesRequest(
  values: AutoRepliesValues,
  fallbackTemplate: AutomaticReplies['fallbackTemplate'],
): AutoRepliesRequest {
  const { hours, sources } = businessHoursRequest(values.hours);
  const reply = (kind: ReplyKind) => ({
    enabled: values[kind].enabled,
    text: values[kind].text.trim() ? values[kind].text : null,
  });
  return {
    body: {
      language: values.language,
      greeting: reply('greeting'),
      away: reply('away'),
      businessHours: hours,
      fallbackTemplate,
    },
    fieldOf: (path) => {
      if (path === 'language') return 'language';
      const reply = /^(greeting|away)(\.text)?$/.exec(path)?.[1];
      if (reply) return `${reply}.text`;
      if (path === 'businessHours' || path === 'businessHours.weekly') return 'hours.enabled';
      const inHours = /^businessHours\.(.+)$/.exec(path)?.[1];
      const field = inHours === undefined ? null : businessHoursField(inHours, sources);
      return field === null ? null : `hours.${field}`;
    },
  };
}

/** A failed check of the contract's schema in the admin's language. */
export function autoRepliesIssueText(issue: z.core.$ZodIssue, t: Translate): string {
  const path = issue.path.map(String);
  const last = path.at(-1);
  if (last === 'text') return issue.code === 'too_big' ? t('forms.tooLong') : t('autoReplies.issue.text');
  if (path.join('.') === 'businessHours') return t('autoReplies.issue.hoursNeeded');
  if (path[0] === 'businessHours') return businessHoursIssueText(path.slice(1), issue.code, t);
  return t('forms.invalid');
}

/** The form's resolver: the contract's own checks (`updateAutomaticRepliesSchema`), worded under each field. */
export function autoRepliesResolver(t: Translate): Resolver<AutoRepliesValues> {
  return (values, _context, options) => {
    const { body, fieldOf } = autoRepliesRequest(values, null);
    const parsed = updateAutomaticRepliesSchema.safeParse(body);
    if (parsed.success) return { values, errors: {} };
    const errors: FieldErrors<AutoRepliesValues> = {};
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path.join('.'));
      if (field === null || seen.has(field)) continue;
      seen.add(field);
      const ref = (options.fields[field] as { ref?: unknown } | undefined)?.ref;
      set(errors, field, { type: TRANSLATED, message: autoRepliesIssueText(issue, t), ref });
    }
    if (seen.size === 0) set(errors, 'root.contract', { type: TRANSLATED, message: t('forms.invalid') });
    return { values: {}, errors };
  };
}
