// Pure and zod-free (workflow code): which option a customer's reply chose.
import { normaliseForMatching } from '../normalise-for-matching.js';
import type { FlowReply } from '../runtime.contract.js';
import { flowOptionId } from '../runtime.contract.js';

/**
 * The option a reply picks: by the tapped button's id (what the channel sends back), else by its
 * text matching an option's title (or its position, "1", "2"…), NFKC-normalised and case-folded,
 * so a customer who types ｏｒｄｅｒ ｓｔａｔｕｓ instead of tapping is understood.
 */
export function matchOption(
  nodeId: string,
  options: readonly { id: string; title: string }[],
  reply: FlowReply,
): string | undefined {
  if (reply.payload) {
    const tapped = options.find((option) => flowOptionId(nodeId, option.id) === reply.payload);
    if (tapped) return tapped.id;
  }
  if (!reply.text) return undefined;
  const typed = normaliseForMatching(reply.text.trim(), false);
  const byTitle = options.find((option) => normaliseForMatching(option.title.trim(), false) === typed);
  if (byTitle) return byTitle.id;
  const index = /^\d{1,2}$/.test(typed) ? Number(typed) - 1 : -1;
  return options[index]?.id;
}

/** The reply as text for variables: what was typed, or the title of what was tapped. */
export function replyText(reply: FlowReply, options: readonly { id: string; title: string }[] = []): string {
  if (reply.text) return reply.text;
  return options.find((option) => reply.payload?.endsWith(`:${option.id}`))?.title ?? reply.payload ?? '';
}
