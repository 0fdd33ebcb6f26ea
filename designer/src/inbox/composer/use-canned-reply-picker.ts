import type { CannedReply } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { cannedRepliesQuery } from '../../canned-replies/canned-replies.api';
import { renderCannedReply } from '../thread-work.api';
import {
  matchCannedReplies,
  moveActive,
  replaceRange,
  slashToken,
  type SlashToken,
} from './canned-reply-search';

interface Options {
  conversationId: string;
  /** The message box's text now (the composer's form value). */
  text: string;
  textarea: RefObject<HTMLTextAreaElement | null>;
  getText: () => string;
  setText: (text: string) => void;
}

const sameToken = (a: SlashToken | null, b: SlashToken | null) =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end && a.query === b.query);

/**
 * Canned replies in the message box: a `/` at the start or after a space opens the matching
 * replies; ↑/↓ choose, Enter or Tab insert, Esc closes (until that `/` is typed again). The chosen
 * reply is filled in for the conversation by the engine and replaces the `/query`; the variables
 * it does not know are reported.
 */
export function useCannedReplyPicker({ conversationId, text, textarea, getText, setText }: Options) {
  const [token, setToken] = useState<SlashToken | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [filling, setFilling] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  // The variables the engine did not know, and the text they came in: warned about while it is there.
  const [warning, setWarning] = useState<{ names: readonly string[]; inserted: string } | null>(null);
  const current = useRef<SlashToken | null>(null);

  const open = token !== null && dismissedAt !== token.start;
  const replies = useQuery({ ...cannedRepliesQuery, enabled: open, staleTime: 60_000 });
  const matches = open ? matchCannedReplies(replies.data ?? [], token.query) : [];
  const activeIndex = matches.length === 0 ? -1 : Math.min(active, matches.length - 1);

  /** Reads the `/query` at the cursor, after typing or moving it. */
  const track = () => {
    const el = textarea.current;
    if (!el) return;
    const next = el.selectionStart === el.selectionEnd ? slashToken(el.value, el.selectionStart) : null;
    const previous = current.current;
    if (sameToken(previous, next)) return;
    current.current = next;
    setToken(next);
    if (next?.query !== previous?.query) setActive(0);
    if (next === null || next.start !== previous?.start) setDismissedAt(null);
  };

  /** Typing: the `/query` may have changed, and a failed insertion is old news. */
  const changed = () => {
    track();
    setFailure(null);
  };

  const close = () => {
    current.current = null;
    setToken(null);
  };

  const pick = async (reply: CannedReply) => {
    const at = current.current;
    if (!at) return;
    const typed = getText().slice(at.start, at.end);
    close();
    setFilling(true);
    setFailure(null);
    setWarning(null);
    try {
      const rendered = await renderCannedReply(reply.id, conversationId);
      const text = getText();
      // Typing went on while the reply was filled in: replace the `/query` where it is now.
      const start = text.slice(at.start, at.end) === typed ? at.start : text.lastIndexOf(typed);
      const caret = textarea.current?.selectionStart ?? text.length;
      const next =
        start >= 0
          ? replaceRange(text, start, start + typed.length, rendered.text)
          : replaceRange(text, caret, caret, rendered.text);
      setText(next.text);
      if (rendered.unknownVariables.length > 0)
        setWarning({ names: rendered.unknownVariables, inserted: rendered.text });
      const el = textarea.current;
      if (el) {
        el.focus();
        el.setSelectionRange(next.caret, next.caret);
      }
    } catch (e) {
      setFailure(toApiError(e));
    } finally {
      setFilling(false);
    }
  };

  /** The popup's keys; true when the key was the popup's (the composer must not send on it). */
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || e.nativeEvent.isComposing || e.keyCode === 229) return false;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (matches.length === 0) return false;
        e.preventDefault();
        setActive(moveActive(activeIndex, matches.length, e.key === 'ArrowDown' ? 1 : -1));
        return true;
      case 'Enter':
      case 'Tab': {
        if (e.shiftKey || e.altKey) return false;
        const reply = matches[activeIndex];
        if (reply) {
          e.preventDefault();
          void pick(reply);
          return true;
        }
        // Still loading: Enter waits rather than sending the `/query` as a message.
        if (replies.isPending && e.key === 'Enter') {
          e.preventDefault();
          return true;
        }
        return false;
      }
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        setDismissedAt(token.start);
        return true;
      default:
        return false;
    }
  };

  return {
    open,
    query: token?.query ?? '',
    matches,
    activeIndex,
    setActive,
    loading: open && replies.isPending,
    loadError: open ? replies.error : null,
    retry: () => void replies.refetch(),
    filling,
    failure,
    /** Shown while the reply they came in is still in the box (not sent, not deleted). */
    unknownVariables: warning && text.includes(warning.inserted) ? warning.names : [],
    track,
    changed,
    close,
    pick: (reply: CannedReply) => void pick(reply),
    onKeyDown,
  };
}
