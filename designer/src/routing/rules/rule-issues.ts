import type { z } from 'zod';
import type { Translate } from '../../i18n/translate';
import { businessHoursIssueText } from '../../integrations/automatic-replies/business-hours-issues';
import type { Placement } from './condition-forms';

/** The lists of a condition, typed as text: the wording of an empty list is theirs. */
const listKeys = ['keywords', 'payloads', 'tags', 'languages'] as const;
type ListKey = (typeof listKeys)[number];
const isListKey = (key: string | undefined): key is ListKey => listKeys.includes(key as ListKey);

/** The engine's reason a pattern does not compile ("Unterminated group"), from the contract's message. */
export const compileProblem = (message: string): string => /\(([^()]*)\)$/.exec(message)?.[1] ?? message;

/**
 * A failed check of `routingRuleSchema` in the admin's language, by its path and zod's issue code;
 * an item of a list is named by its line (or place) and text.
 */
export function ruleIssueText(issue: z.core.$ZodIssue, placed: Placement, t: Translate): string {
  const path = issue.path.map(String);
  const max = issue.code === 'too_big' ? Number(issue.maximum) : 0;
  const tooMany = () => t('routingPage.issue.tooMany', { max });
  if (path.length === 1) {
    if (path[0] === 'name')
      return issue.code === 'too_big'
        ? t('routingPage.issue.nameTooLong', { max })
        : t('routingPage.issue.name');
    if (path[0] === 'teamId') return t('routingPage.issue.team');
    if (path[0] === 'conditions')
      return issue.code === 'too_big' ? tooMany() : t('routingPage.issue.noConditions');
  }
  const key = path[2];
  if (key === 'channelAccountIds')
    return issue.code === 'too_big' ? tooMany() : t('routingPage.issue.channelAccounts');
  if (isListKey(key)) {
    if (path.length === 3) return issue.code === 'too_big' ? tooMany() : t(`routingPage.issue.${key}`);
    const position = placed.item?.position ?? Number(path[3]) + 1;
    if (key === 'languages') return t('routingPage.issue.language', { value: placed.item?.text ?? '' });
    if (issue.code === 'too_big') return t('routingPage.issue.lineTooLong', { line: position, max });
    return t('routingPage.issue.line', { line: position });
  }
  if (key === 'pattern') {
    if (issue.code === 'too_small') return t('routingPage.issue.pattern');
    if (issue.code === 'too_big') return t('routingPage.issue.patternTooLong', { max });
    return t('routingPage.issue.patternInvalid', { problem: compileProblem(issue.message) });
  }
  if (key === 'hours') return businessHoursIssueText(path.slice(3), issue.code, t);
  return t('forms.invalid');
}
