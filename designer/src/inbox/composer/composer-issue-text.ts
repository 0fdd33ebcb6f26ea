import { formatFileSize } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { ComposerIssue } from './composer-check';

/** A problem of the draft in the agent's language, for under its field. */
export function composerIssueText(issue: ComposerIssue, t: Translate, locale: string): string {
  const max = issue.max ?? 0;
  switch (issue.code) {
    case 'required':
      if (issue.path === 'file') return t('composer.issue.fileRequired');
      if (/^sections\.\d+\.title$/.test(issue.path)) return t('composer.issue.sectionTitleRequired');
      return t('forms.required');
    case 'tooLong':
      return t('composer.issue.tooLong', { max });
    case 'tooMany':
      return issue.path === 'buttons'
        ? t('composer.issue.tooManyButtons', { max })
        : t('composer.issue.tooManySections', { max });
    case 'tooManyRows':
      return t('composer.issue.tooManyRows', { max });
    case 'unsupported':
      return issue.path === 'mode'
        ? t('composer.issue.modeUnsupported')
        : issue.path === 'caption'
          ? t('composer.issue.captionUnsupported')
          : t('composer.issue.partUnsupported');
    case 'invalidUrl':
      return t('composer.issue.url');
    case 'fileType':
      return t('composer.issue.fileType');
    case 'fileTooLarge':
      return t('composer.issue.fileTooLarge', { max: formatFileSize(max, locale) });
  }
}
