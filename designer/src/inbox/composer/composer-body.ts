import type { ComposedMessage, SendMessageInput } from '@parley/contracts';
import { isBlank, type ComposerValues } from './composer-values';

/** An optional text: left out when blank. */
const optional = (value: string): string | undefined => (isBlank(value) ? undefined : value);

/** The shared body, header and footer of an interactive message. */
function frame(values: ComposerValues) {
  const header = optional(values.header);
  const footer = optional(values.footer);
  return { body: values.body, ...(header ? { header } : {}), ...(footer ? { footer } : {}) };
}

/**
 * The draft as the contract's message, for the mode chosen. Texts go as typed (the engine trims
 * them); blank optional parts are left out. Null for media without a file.
 */
export function composedMessage(values: ComposerValues): ComposedMessage | null {
  switch (values.mode) {
    case 'text':
      return { type: 'text', text: values.text };
    case 'media': {
      if (!values.file) return null;
      const caption = optional(values.caption);
      return { type: 'media', fileId: values.file.id, ...(caption ? { caption } : {}) };
    }
    case 'reply_buttons':
      return {
        type: 'reply_buttons',
        ...frame(values),
        buttons: values.buttons.map((button) => ({ title: button.title })),
      };
    case 'list':
      return {
        type: 'list',
        ...frame(values),
        buttonLabel: values.buttonLabel,
        sections: values.sections.map((section) => {
          const title = optional(section.title);
          return {
            ...(title ? { title } : {}),
            rows: section.rows.map((row) => {
              const description = optional(row.description);
              return { title: row.title, ...(description ? { description } : {}) };
            }),
          };
        }),
      };
    case 'cta_url':
      return { type: 'cta_url', ...frame(values), displayText: values.displayText, url: values.url.trim() };
  }
}

export interface SendOptions {
  clientId: string;
  /** The message this one quotes. */
  replyToMessageId?: string | undefined;
  /** Send the account's fallback template now and this message once the customer answers. */
  holdIfClosed?: boolean;
}

/** The request body of `POST /api/conversations/:id/messages`. */
export function sendMessageBody(message: ComposedMessage, options: SendOptions): SendMessageInput {
  return {
    clientId: options.clientId,
    message,
    ...(options.replyToMessageId ? { replyToMessageId: options.replyToMessageId } : {}),
    ...(options.holdIfClosed ? { holdIfClosed: true } : {}),
  };
}
