import {
  cannedReplyInputSchema,
  cannedReplyVariables,
  renderCannedReply,
  type CannedReply,
  type CannedReplyInput,
  type RenderedCannedReply,
} from '@parley/contracts';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { TRANSLATED } from '../forms/field-error-text';
import type { Translate } from '../i18n/translate';

/** The dialog's fields, as typed. */
export interface CannedReplyFormValues {
  title: string;
  shortcut: string;
  text: string;
}

export type CannedReplyField = keyof CannedReplyFormValues;
const fields = ['title', 'shortcut', 'text'] as const satisfies readonly CannedReplyField[];

/** A variable a canned reply may hold, as the contract names it (`contact.name`). */
export type CannedReplyVariable = (typeof cannedReplyVariables)[number];

/** The dictionary key of each variable's label and sample value (i18next keys can't hold the dot). */
export const variableKeys = {
  'contact.name': 'contactName',
  'contact.username': 'contactUsername',
  'contact.phone': 'contactPhone',
  'agent.name': 'agentName',
  'team.name': 'teamName',
} as const satisfies Record<CannedReplyVariable, string>;

/** A canned reply in the form; a blank one when new. */
export function cannedReplyValues(reply: CannedReply | null): CannedReplyFormValues {
  return { title: reply?.title ?? '', shortcut: reply?.shortcut ?? '', text: reply?.text ?? '' };
}

/**
 * The form as the request, before the contract checks it: a shortcut written with the `/` agents
 * type before it is taken without it.
 */
export function cannedReplyCandidate(values: CannedReplyFormValues): CannedReplyFormValues {
  return { ...values, shortcut: values.shortcut.trim().replace(/^\//u, '') };
}

/** The form field a path of the request names (the contract's or the API's issue), or null. */
export function cannedReplyField(path: string): CannedReplyField | null {
  return (fields as readonly string[]).includes(path) ? (path as CannedReplyField) : null;
}

/** A failed check of the contract's schema in the person's language. */
export function cannedReplyIssueText(issue: z.core.$ZodIssue, t: Translate): string {
  const field = cannedReplyField(issue.path.map(String).join('.'));
  const max = issue.code === 'too_big' ? Number(issue.maximum) : 0;
  if (field === 'shortcut') {
    if (issue.code === 'too_big') return t('settingsWork.cannedReplies.issue.shortcutTooLong', { max });
    if (issue.code === 'invalid_format') return t('settingsWork.cannedReplies.issue.shortcutFormat');
    return t('settingsWork.cannedReplies.issue.shortcut');
  }
  if (field === 'title')
    return issue.code === 'too_big'
      ? t('settingsWork.cannedReplies.issue.titleTooLong', { max })
      : t('settingsWork.cannedReplies.issue.title');
  if (field === 'text')
    return issue.code === 'too_big'
      ? t('settingsWork.cannedReplies.issue.textTooLong', { max })
      : t('settingsWork.cannedReplies.issue.text');
  return t('forms.invalid');
}

/**
 * The form's resolver: the contract's own checks (`cannedReplyInputSchema`), each worded under
 * its field; what it passes to the submit handler is the request body (trimmed).
 */
export function cannedReplyResolver(
  t: Translate,
): Resolver<CannedReplyFormValues, unknown, CannedReplyInput> {
  return (values, _context, options) => {
    const parsed = cannedReplyInputSchema.safeParse(cannedReplyCandidate(values));
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: FieldErrors<CannedReplyFormValues> = {};
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = cannedReplyField(issue.path.map(String).join('.'));
      if (field === null || seen.has(field)) continue;
      seen.add(field);
      const ref = (options.fields[field] as { ref?: unknown } | undefined)?.ref;
      set(errors, field, { type: TRANSLATED, message: cannedReplyIssueText(issue, t), ref });
    }
    if (seen.size === 0) set(errors, 'root.contract', { type: TRANSLATED, message: t('forms.invalid') });
    return { values: {}, errors };
  };
}

/** The text as the preview shows it: filled in with the sample values of the person's language. */
export function previewCannedReply(text: string, t: Translate): RenderedCannedReply {
  const samples = Object.fromEntries(
    cannedReplyVariables.map((name) => [name, t(`settingsWork.cannedReplies.sample.${variableKeys[name]}`)]),
  ) as Record<CannedReplyVariable, string>;
  return renderCannedReply(text, samples);
}

/** The start of a long text for the list, on one line. */
export function textPreview(text: string, max = 120): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}
