import type { CapabilityIssue, OutboundMessage } from '@parley/connector-sdk';
import type { TemplateMessage, TemplateParameter } from './template-body.js';

/** Template parameters across header, body and buttons (Meta documents no lower bound; body text ≤ 1024 bounds it). */
export const maxTemplateParameters = 100;
const maxCouponCodeLength = 15;

/**
 * WhatsApp's rules that the SDK's generic capability check does not know: section titles once a
 * list has several sections, unique reply buttons, filenames only on documents, and template
 * parameters of the kinds Meta accepts where they are used.
 */
export function whatsappRuleIssues(message: OutboundMessage): CapabilityIssue[] {
  switch (message.type) {
    case 'list':
      return message.sections.length > 1 && message.sections.some((section) => !section.title)
        ? [issue('sections', 'list.sectionTitles', 'every list section needs a title when there are several')]
        : [];
    case 'reply_buttons':
      return [
        ...duplicates(
          message.buttons.map((button) => button.id),
          'buttons',
          'replyButtons.uniqueIds',
          'button ids',
        ),
        ...duplicates(
          message.buttons.map((button) => button.title),
          'buttons',
          'replyButtons.uniqueTitles',
          'button titles',
        ),
      ];
    case 'image':
    case 'video':
    case 'audio':
    case 'sticker':
      return message.filename === undefined
        ? []
        : [
            issue(
              'filename',
              `media.${message.type}.filename`,
              `WhatsApp carries a filename only on documents`,
            ),
          ];
    case 'template':
      return templateIssues(message);
    default:
      return [];
  }
}

function templateIssues(message: TemplateMessage): CapabilityIssue[] {
  const issues: CapabilityIssue[] = [];
  const header = message.header ?? [];
  const body = message.body ?? [];
  const buttons = message.buttons ?? [];
  const count =
    header.length + body.length + buttons.reduce((sum, button) => sum + button.parameters.length, 0);
  if (count > maxTemplateParameters) {
    issues.push(
      issue(
        'body',
        'templates.maxParameters',
        `template has ${count} parameters; the limit is ${maxTemplateParameters}`,
      ),
    );
  }
  if (header.length > 1)
    issues.push(issue('header', 'templates.headerParameters', 'a template header takes one parameter'));
  [
    ...header.map((p, i) => ({ p, path: `header.${i}` })),
    ...body.map((p, i) => ({ p, path: `body.${i}` })),
  ].forEach(({ p, path }) => {
    if (p.type === 'payload')
      issues.push(
        issue(path, 'templates.parameterType', 'a payload parameter belongs to a quick-reply button'),
      );
    issues.push(...mediaSourceIssues(p, path));
  });
  const indexes = buttons.map((button) => button.index);
  issues.push(...duplicates(indexes.map(String), 'buttons', 'templates.buttonIndexes', 'button indexes'));
  buttons.forEach((button, b) => {
    const expected = button.subType === 'quick_reply' ? 'payload' : 'text';
    if (button.parameters.length !== 1 || button.parameters[0]?.type !== expected) {
      issues.push(
        issue(
          `buttons.${b}.parameters`,
          'templates.buttonParameters',
          `a ${button.subType} button takes one ${expected} parameter`,
        ),
      );
    }
    const code = button.parameters[0];
    if (
      button.subType === 'copy_code' &&
      code?.type === 'text' &&
      [...code.text].length > maxCouponCodeLength
    ) {
      issues.push(
        issue(
          `buttons.${b}.parameters.0`,
          'templates.couponCodeLength',
          `a coupon code is at most ${maxCouponCodeLength} characters`,
        ),
      );
    }
  });
  return issues;
}

function mediaSourceIssues(parameter: TemplateParameter, path: string): CapabilityIssue[] {
  if (parameter.type !== 'image' && parameter.type !== 'video' && parameter.type !== 'document') return [];
  return (parameter.link === undefined) === (parameter.mediaId === undefined)
    ? [issue(path, 'templates.mediaSource', 'a media parameter needs exactly one of link or mediaId')]
    : [];
}

function duplicates(values: string[], path: string, limit: string, what: string): CapabilityIssue[] {
  return new Set(values).size === values.length ? [] : [issue(path, limit, `WhatsApp needs unique ${what}`)];
}

function issue(path: string, limit: string, message: string): CapabilityIssue {
  return { path, limit, message };
}
