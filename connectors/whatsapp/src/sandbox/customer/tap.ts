import type { SandboxContext } from '../sandbox-context.js';
import type { StoredMessage } from '../sandbox.store.js';
import { component } from '../templates/template.model.js';

interface Reply {
  id?: string;
  title?: string;
  description?: string;
}

interface InteractiveContent {
  type?: string;
  action?: { buttons?: { reply?: Reply }[]; sections?: { rows?: Reply[] }[] };
}

interface TemplateContent {
  components?: {
    type: string;
    sub_type?: string;
    index?: string | number;
    parameters?: { payload?: string }[];
  }[];
}

/** What tapping a button or row of a received message sends: `interactive` (button_reply, list_reply) or `button`. */
export type Tap = { type: 'interactive' | 'button'; content: Record<string, unknown>; preview: string };

/** The reply a tap produces, or why the message has no such button or row. */
export function tapReply(
  context: SandboxContext,
  message: StoredMessage,
  tap: { buttonId?: string; rowId?: string },
): Tap | string {
  if (message.type === 'interactive') {
    const interactive = message.content as InteractiveContent;
    if (interactive.type === 'button' && tap.buttonId !== undefined) {
      const reply = interactive.action?.buttons?.find((button) => button.reply?.id === tap.buttonId)?.reply;
      if (reply?.id !== undefined && reply.title !== undefined)
        return {
          type: 'interactive',
          content: { type: 'button_reply', button_reply: { id: reply.id, title: reply.title } },
          preview: reply.title,
        };
    }
    if (interactive.type === 'list' && tap.rowId !== undefined) {
      const rows = (interactive.action?.sections ?? []).flatMap((section) => section.rows ?? []);
      const row = rows.find((candidate) => candidate.id === tap.rowId);
      if (row?.id !== undefined && row.title !== undefined)
        return {
          type: 'interactive',
          content: {
            type: 'list_reply',
            list_reply: {
              id: row.id,
              title: row.title,
              ...(row.description ? { description: row.description } : {}),
            },
          },
          preview: row.title,
        };
    }
  }
  if (message.type === 'template' && message.templateId !== undefined && tap.buttonId !== undefined) {
    const template = context.templates.store.get(message.templateId);
    const buttons = (template && component(template, 'BUTTONS')?.buttons) ?? [];
    const sent = (message.content as TemplateContent).components ?? [];
    for (const [index, button] of buttons.entries()) {
      if (button.type !== 'QUICK_REPLY' || button.text === undefined) continue;
      const payload =
        sent.find((part) => part.sub_type === 'quick_reply' && Number(part.index) === index)?.parameters?.[0]
          ?.payload ?? button.text;
      if ([payload, button.text, String(index)].includes(tap.buttonId))
        return { type: 'button', content: { payload, text: button.text }, preview: button.text };
    }
  }
  const what = tap.buttonId !== undefined ? `button ${tap.buttonId}` : `row ${String(tap.rowId)}`;
  return `message ${message.id} (${message.type}) has no ${what} to tap`;
}
