import type { OutboundMessage } from '@parley/connector-sdk';
import { optional } from '../optional-field.js';

type InteractiveMessage = Extract<
  OutboundMessage,
  { type: 'reply_buttons' | 'list' | 'cta_url' | 'call_button' }
>;

/** The `interactive` object of a reply-buttons, list or URL-button message. */
export function interactiveBody(message: InteractiveMessage): Record<string, unknown> {
  const frame = {
    ...(message.header === undefined ? {} : { header: { type: 'text', text: message.header } }),
    body: { text: message.body },
    ...(message.footer === undefined ? {} : { footer: { text: message.footer } }),
  };
  switch (message.type) {
    case 'reply_buttons':
      return {
        type: 'button',
        ...frame,
        action: {
          buttons: message.buttons.map(({ id, title }) => ({ type: 'reply', reply: { id, title } })),
        },
      };
    case 'list':
      return {
        type: 'list',
        ...frame,
        action: {
          button: message.buttonLabel,
          sections: message.sections.map((section) => ({
            ...optional('title', section.title),
            rows: section.rows.map((row) => ({
              id: row.id,
              title: row.title,
              ...optional('description', row.description),
            })),
          })),
        },
      };
    case 'cta_url':
      return {
        type: 'cta_url',
        ...frame,
        action: { name: 'cta_url', parameters: { display_text: message.displayText, url: message.url } },
      };
    case 'call_button':
      // The capability check refuses it first: free-form WhatsApp messages have no call button.
      throw new Error('WhatsApp has no call button outside templates (PHONE_NUMBER template buttons)');
  }
}
