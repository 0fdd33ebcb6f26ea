import type { ComposerLimits } from '@parley/contracts';
import { charCount, isBlank, rowCount, type ComposerValues } from './composer-values';

/**
 * The composer's checks against the channel's limits, as the agent types: the same limits the
 * conversation workflow applies (from the connector manifest), said before sending. Pure.
 */
export type ComposerIssueCode =
  | 'required'
  | 'tooLong'
  | 'tooMany'
  | 'tooManyRows'
  | 'unsupported'
  | 'invalidUrl'
  | 'fileType'
  | 'fileTooLarge';

export interface ComposerIssue {
  /** The form field, as the engine's issues name it without `message.` (`buttons.0.title`). */
  path: string;
  code: ComposerIssueCode;
  /** The limit broken, for tooLong, tooMany, tooManyRows and fileTooLarge (bytes). */
  max?: number;
}

type Issues = ComposerIssue[];

/** A text the channel takes up to `max` characters (null: not at all); optional ones may be blank. */
function text(issues: Issues, path: string, value: string, max: number | null, required: boolean) {
  if (isBlank(value)) {
    if (required) issues.push({ path, code: 'required' });
  } else if (max === null) issues.push({ path, code: 'unsupported' });
  else if (charCount(value) > max) issues.push({ path, code: 'tooLong', max });
}

function frame(issues: Issues, values: ComposerValues, limits: ComposerLimits) {
  text(issues, 'body', values.body, limits.bodyMaxLength, true);
  text(issues, 'header', values.header, limits.headerMaxLength, false);
  text(issues, 'footer', values.footer, limits.footerMaxLength, false);
}

/** The media rule a file falls under, by its type; undefined when the channel can't send it. */
export const mediaRuleFor = (mimeType: string, limits: ComposerLimits) =>
  limits.media.find((rule) => rule.mimeTypes.includes(mimeType));

const isWebAddress = (value: string): boolean => {
  if (!URL.canParse(value.trim())) return false;
  return ['http:', 'https:'].includes(new URL(value.trim()).protocol);
};

function media(issues: Issues, values: ComposerValues, limits: ComposerLimits) {
  const file = values.file;
  if (!file) {
    issues.push({ path: 'file', code: 'required' });
    return;
  }
  const rule = mediaRuleFor(file.mimeType, limits);
  if (!rule) issues.push({ path: 'file', code: 'fileType' });
  else if (file.sizeBytes > rule.maxBytes)
    issues.push({ path: 'file', code: 'fileTooLarge', max: rule.maxBytes });
  text(issues, 'caption', values.caption, rule ? rule.maxCaptionLength : null, false);
}

function replyButtons(issues: Issues, values: ComposerValues, limits: ComposerLimits) {
  const rule = limits.replyButtons;
  if (!rule) {
    issues.push({ path: 'mode', code: 'unsupported' });
    return;
  }
  frame(issues, values, limits);
  if (values.buttons.length > rule.maxButtons)
    issues.push({ path: 'buttons', code: 'tooMany', max: rule.maxButtons });
  values.buttons.forEach((button, i) =>
    text(issues, `buttons.${i}.title`, button.title, rule.maxTitleLength, true),
  );
}

function list(issues: Issues, values: ComposerValues, limits: ComposerLimits) {
  const rule = limits.list;
  if (!rule) {
    issues.push({ path: 'mode', code: 'unsupported' });
    return;
  }
  frame(issues, values, limits);
  text(issues, 'buttonLabel', values.buttonLabel, rule.maxButtonLabelLength, true);
  if (values.sections.length > rule.maxSections)
    issues.push({ path: 'sections', code: 'tooMany', max: rule.maxSections });
  else if (rowCount(values.sections) > rule.maxRows)
    issues.push({ path: 'sections', code: 'tooManyRows', max: rule.maxRows });
  // WhatsApp wants every section titled once there are several.
  const titled = values.sections.length > 1;
  values.sections.forEach((section, s) => {
    text(issues, `sections.${s}.title`, section.title, rule.maxSectionTitleLength, titled);
    section.rows.forEach((row, r) => {
      text(issues, `sections.${s}.rows.${r}.title`, row.title, rule.maxRowTitleLength, true);
      text(
        issues,
        `sections.${s}.rows.${r}.description`,
        row.description,
        rule.maxRowDescriptionLength,
        false,
      );
    });
  });
}

function ctaUrl(issues: Issues, values: ComposerValues, limits: ComposerLimits) {
  const rule = limits.ctaUrl;
  if (!rule) {
    issues.push({ path: 'mode', code: 'unsupported' });
    return;
  }
  frame(issues, values, limits);
  text(issues, 'displayText', values.displayText, rule.maxDisplayTextLength, true);
  if (isBlank(values.url)) issues.push({ path: 'url', code: 'required' });
  else if (!isWebAddress(values.url)) issues.push({ path: 'url', code: 'invalidUrl' });
}

/** Every problem of the draft in its mode, the first per field first. */
export function composerIssues(values: ComposerValues, limits: ComposerLimits): ComposerIssue[] {
  const issues: Issues = [];
  switch (values.mode) {
    case 'text':
      text(issues, 'text', values.text, limits.textMaxLength, true);
      break;
    case 'media':
      if (limits.media.length === 0) issues.push({ path: 'mode', code: 'unsupported' });
      else media(issues, values, limits);
      break;
    case 'reply_buttons':
      replyButtons(issues, values, limits);
      break;
    case 'list':
      list(issues, values, limits);
      break;
    case 'cta_url':
      ctaUrl(issues, values, limits);
      break;
  }
  return issues;
}

/** Shown while typing: what is over a limit. A missing value waits for the first try to send. */
export const isLiveIssue = (issue: ComposerIssue): boolean => issue.code !== 'required';
