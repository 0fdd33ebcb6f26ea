import type { TestChatMessage } from '@parley/contracts';
import type { SandboxPhoneItem } from './sandbox-phone.js';

type Choice = { id?: unknown; title?: unknown; description?: unknown };
interface Interactive {
  type?: string;
  header?: { type?: string; text?: unknown };
  body?: { text?: unknown };
  footer?: { text?: unknown };
  action?: {
    button?: unknown;
    buttons?: { reply?: Choice }[];
    sections?: { title?: unknown; rows?: Choice[] }[];
    parameters?: { display_text?: unknown; url?: unknown };
  };
}

const mediaTypes = new Set(['image', 'video', 'audio', 'document', 'sticker']);
const statuses = new Set(['accepted', 'sent', 'delivered', 'read']);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const choices = (items: Choice[] | undefined) =>
  (items ?? []).flatMap((item) => {
    const id = text(item.id);
    const title = text(item.title);
    return id && title ? [{ id, title, description: text(item.description) }] : [];
  });

/**
 * The messages between the test customer and one business number, oldest first, as the chat draws
 * them: who wrote, the text, reply buttons, a list's rows, a link button, media and templates as a
 * label, and how far the business's messages got.
 */
export function phoneMessages(items: readonly SandboxPhoneItem[], phoneNumberId: string): TestChatMessage[] {
  return items.filter((item) => item.phoneNumberId === phoneNumberId).map(phoneMessage);
}

function phoneMessage(item: SandboxPhoneItem): TestChatMessage {
  const message: TestChatMessage = {
    id: item.id,
    from: item.direction === 'inbound' ? 'customer' : 'business',
    at: new Date(item.timestamp).toISOString(),
    kind: 'other',
    text: item.text,
    header: null,
    footer: null,
    buttons: [],
    list: null,
    cta: null,
    label: null,
    status:
      item.direction === 'outbound' && item.status && statuses.has(item.status)
        ? (item.status as NonNullable<TestChatMessage['status']>)
        : null,
    replyTo: item.replyTo ?? null,
  };
  if (item.type === 'text') return { ...message, kind: 'text' };
  if (mediaTypes.has(item.type)) {
    const media = (item.content ?? {}) as { caption?: unknown; filename?: unknown };
    return { ...message, kind: 'media', label: item.type, text: text(media.caption) ?? text(media.filename) };
  }
  if (item.type === 'template') {
    const name = text((item.content as { name?: unknown } | null)?.name);
    return { ...message, kind: 'template', label: name };
  }
  if (item.type !== 'interactive' || item.direction === 'inbound') return message;
  return interactive(message, (item.content ?? {}) as Interactive);
}

function interactive(message: TestChatMessage, content: Interactive): TestChatMessage {
  const framed = {
    ...message,
    text: text(content.body?.text) ?? message.text,
    header: content.header?.type === 'text' ? text(content.header.text) : null,
    footer: text(content.footer?.text),
  };
  const action = content.action ?? {};
  if (content.type === 'button')
    return {
      ...framed,
      kind: 'buttons',
      buttons: choices(action.buttons?.map((button) => button.reply ?? {})).map(({ id, title }) => ({
        id,
        title,
      })),
    };
  if (content.type === 'list')
    return {
      ...framed,
      kind: 'list',
      list: {
        button: text(action.button) ?? '',
        sections: (action.sections ?? []).map((section) => ({
          title: text(section.title),
          rows: choices(section.rows),
        })),
      },
    };
  if (content.type === 'cta_url') {
    const label = text(action.parameters?.display_text);
    const url = text(action.parameters?.url);
    return { ...framed, kind: 'cta', cta: label && url ? { label, url } : null };
  }
  return framed;
}
