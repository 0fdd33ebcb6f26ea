import type { CapabilityIssue, OutboundMessage } from '@parley/connector-sdk';
import { CALLBACK_DATA_MAX_BYTES } from './manifest.js';

export type InlineKeyboardButton = { text: string; callback_data: string } | { text: string; url: string };
export interface InlineKeyboardMarkup {
  inline_keyboard: InlineKeyboardButton[][];
}

type ReplyButtons = Extract<OutboundMessage, { type: 'reply_buttons' }>;
type List = Extract<OutboundMessage, { type: 'list' }>;

/** One callback button per row; a tap sends the button's id back as callback_data. */
export function replyButtonsKeyboard(message: ReplyButtons): InlineKeyboardMarkup {
  return {
    inline_keyboard: message.buttons.map((button) => [{ text: button.title, callback_data: button.id }]),
  };
}

/**
 * A list as one callback button per row, the rows of all sections in order. Telegram has no list
 * picker: the button label, section titles and row descriptions are not shown.
 */
export function listKeyboard(message: List): InlineKeyboardMarkup {
  const rows = message.sections.flatMap((section) => section.rows);
  return { inline_keyboard: rows.map((row) => [{ text: row.title, callback_data: row.id }]) };
}

export function urlKeyboard(text: string, url: string): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text, url }]] };
}

/**
 * callback_data is limited to 64 bytes while the SDK's check counts characters: ids within the
 * character limit but over the byte limit (non-ASCII ids) are reported here.
 */
export function callbackDataIssues(message: OutboundMessage): CapabilityIssue[] {
  const ids =
    message.type === 'reply_buttons'
      ? message.buttons.map((button, i) => ({
          id: button.id,
          path: `buttons.${i}.id`,
          limit: 'replyButtons.maxIdLength',
        }))
      : message.type === 'list'
        ? message.sections.flatMap((section, s) =>
            section.rows.map((row, r) => ({
              id: row.id,
              path: `sections.${s}.rows.${r}.id`,
              limit: 'list.maxRowIdLength',
            })),
          )
        : [];
  return ids
    .filter(
      ({ id }) =>
        [...id].length <= CALLBACK_DATA_MAX_BYTES && Buffer.byteLength(id) > CALLBACK_DATA_MAX_BYTES,
    )
    .map(({ id, path, limit }) => ({
      path,
      limit,
      message: `button id is ${Buffer.byteLength(id)} bytes; Telegram's limit is ${CALLBACK_DATA_MAX_BYTES} bytes`,
    }));
}
