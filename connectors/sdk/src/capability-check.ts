import type { Capabilities } from './capabilities.js';
import type { OutboundMessage } from './normalized-message.schema.js';

export interface CapabilityIssue {
  /** Where in the message, e.g. `buttons.3.title`. */
  path: string;
  /** Which limit, e.g. `replyButtons.maxTitleLength`. */
  limit: string;
  message: string;
}

type Check = (issues: CapabilityIssue[], channel: string) => void;

function length(
  path: string,
  limit: string,
  what: string,
  value: string | undefined,
  max: number | null,
): Check {
  return (issues, channel) => {
    if (value === undefined) return;
    if (max === null) issues.push({ path, limit, message: `${channel} does not support a ${what}` });
    else if ([...value].length > max) {
      issues.push({
        path,
        limit,
        message: `${what} is ${[...value].length} characters; the limit is ${max}`,
      });
    }
  };
}

function unsupported(path: string, limit: string, channel: string, what: string): CapabilityIssue {
  return { path, limit, message: `${channel} does not support ${what}` };
}

/**
 * Checks a normalized message against a channel's capabilities. Returns every problem, each naming
 * the limit ("WhatsApp allows at most 3 reply buttons", "button title is 23 characters; the limit is 20").
 */
export function checkCapabilities(
  message: OutboundMessage,
  capabilities: Capabilities,
  channel: string,
): CapabilityIssue[] {
  const issues: CapabilityIssue[] = [];
  const run = (...checks: Check[]) => checks.forEach((check) => check(issues, channel));
  const frame = capabilities.interactive;
  const interactive = (m: { body: string; header?: string; footer?: string }) =>
    run(
      length('body', 'interactive.maxBodyLength', 'body', m.body, frame.maxBodyLength),
      length('header', 'interactive.maxHeaderLength', 'header', m.header, frame.maxHeaderLength),
      length('footer', 'interactive.maxFooterLength', 'footer', m.footer, frame.maxFooterLength),
    );

  switch (message.type) {
    case 'text':
      run(length('text', 'text.maxLength', 'text', message.text, capabilities.text.maxLength));
      break;
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker': {
      const limits = capabilities.media[message.type];
      if (!limits)
        issues.push(unsupported('type', `media.${message.type}`, channel, `${message.type} messages`));
      else
        run(
          length(
            'caption',
            `media.${message.type}.maxCaptionLength`,
            'caption',
            message.caption,
            limits.maxCaptionLength,
          ),
        );
      if (!message.link === !message.mediaId) {
        issues.push({
          path: 'link',
          limit: 'media.source',
          message: 'media needs exactly one of link or mediaId',
        });
      }
      break;
    }
    case 'location':
      if (!capabilities.location) issues.push(unsupported('type', 'location', channel, 'location messages'));
      break;
    case 'reaction':
      if (!capabilities.reactions) issues.push(unsupported('type', 'reactions', channel, 'reactions'));
      break;
    case 'template':
      if (!capabilities.templates) issues.push(unsupported('type', 'templates', channel, 'templates'));
      break;
    case 'reply_buttons': {
      const limits = capabilities.replyButtons;
      if (!limits) {
        issues.push(unsupported('type', 'replyButtons', channel, 'reply buttons'));
        break;
      }
      interactive(message);
      if (message.buttons.length > limits.maxButtons) {
        issues.push({
          path: 'buttons',
          limit: 'replyButtons.maxButtons',
          message: `${channel} allows at most ${limits.maxButtons} reply buttons`,
        });
      }
      message.buttons.forEach((button, i) =>
        run(
          length(
            `buttons.${i}.title`,
            'replyButtons.maxTitleLength',
            'button title',
            button.title,
            limits.maxTitleLength,
          ),
          length(`buttons.${i}.id`, 'replyButtons.maxIdLength', 'button id', button.id, limits.maxIdLength),
        ),
      );
      break;
    }
    case 'list': {
      const limits = capabilities.list;
      if (!limits) {
        issues.push(unsupported('type', 'list', channel, 'list messages'));
        break;
      }
      interactive(message);
      run(
        length(
          'buttonLabel',
          'list.maxButtonLabelLength',
          'list button label',
          message.buttonLabel,
          limits.maxButtonLabelLength,
        ),
      );
      if (message.sections.length > limits.maxSections) {
        issues.push({
          path: 'sections',
          limit: 'list.maxSections',
          message: `${channel} allows at most ${limits.maxSections} list sections`,
        });
      }
      const rows = message.sections.reduce((sum, section) => sum + section.rows.length, 0);
      if (rows > limits.maxRows) {
        issues.push({
          path: 'sections',
          limit: 'list.maxRows',
          message: `${channel} allows at most ${limits.maxRows} list rows in total`,
        });
      }
      message.sections.forEach((section, s) => {
        run(
          length(
            `sections.${s}.title`,
            'list.maxSectionTitleLength',
            'section title',
            section.title,
            limits.maxSectionTitleLength,
          ),
        );
        section.rows.forEach((row, r) =>
          run(
            length(
              `sections.${s}.rows.${r}.title`,
              'list.maxRowTitleLength',
              'row title',
              row.title,
              limits.maxRowTitleLength,
            ),
            length(
              `sections.${s}.rows.${r}.description`,
              'list.maxRowDescriptionLength',
              'row description',
              row.description,
              limits.maxRowDescriptionLength,
            ),
            length(
              `sections.${s}.rows.${r}.id`,
              'list.maxRowIdLength',
              'row id',
              row.id,
              limits.maxRowIdLength,
            ),
          ),
        );
      });
      break;
    }
    case 'cta_url':
    case 'call_button': {
      const key = message.type === 'cta_url' ? 'ctaUrl' : 'callButton';
      const limits = capabilities[key];
      if (!limits) {
        issues.push(
          unsupported('type', key, channel, message.type === 'cta_url' ? 'URL buttons' : 'call buttons'),
        );
        break;
      }
      interactive(message);
      run(
        length(
          'displayText',
          `${key}.maxDisplayTextLength`,
          'button text',
          message.displayText,
          limits.maxDisplayTextLength,
        ),
      );
      break;
    }
  }
  return issues;
}

/**
 * Checks that the channel can reach the recipient as addressed: a send with only a business-scoped
 * user id needs a channel that addresses customers that way.
 */
export function checkRecipient(
  recipient: { to?: string | undefined; toUserId?: string | undefined },
  capabilities: Capabilities,
  channel: string,
): CapabilityIssue[] {
  if (recipient.to !== undefined || capabilities.businessScopedUserIds) return [];
  return [
    {
      path: 'toUserId',
      limit: 'businessScopedUserIds',
      message: `${channel} cannot address a recipient by a business-scoped user id alone`,
    },
  ];
}

/** A message the channel cannot carry as it is. */
export class CapabilityError extends Error {
  override readonly name = 'CapabilityError';
  constructor(readonly issues: CapabilityIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
  }
}
