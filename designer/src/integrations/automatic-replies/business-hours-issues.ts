import type { Translate } from '../../i18n/translate';

/**
 * A failed check of `businessHoursSchema` in the admin's language, by its path inside the hours
 * (`timeZone`, `weekly.3.closes`, `closedDates.0`) and zod's issue code.
 */
export function businessHoursIssueText(path: readonly string[], code: string, t: Translate): string {
  const last = path.at(-1);
  if (last === 'timeZone') return t('autoReplies.issue.timeZone');
  if (path[0] === 'closedDates') return t('autoReplies.issue.date');
  if (last === 'closes' && code === 'custom') return t('autoReplies.issue.closesAfterOpens');
  if (last === 'opens' || last === 'closes') return t('autoReplies.issue.time');
  if (path.join('.') === 'weekly') return t('autoReplies.issue.tooManyRanges');
  return t('forms.invalid');
}
