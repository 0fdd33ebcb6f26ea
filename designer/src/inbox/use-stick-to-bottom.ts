import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Message } from '@parley/contracts';

const NEAR_BOTTOM_PX = 80;

/**
 * Keeps a message scroller pinned to the newest message: scrolls down on first render and when a
 * message arrives while the reader is at the bottom (or it is one we sent); otherwise reports that
 * there is something unseen below. When earlier messages are prepended, the view stays put.
 */
export function useStickToBottom(ref: RefObject<HTMLElement | null>, messages: readonly Message[]) {
  const [unseen, setUnseen] = useState(false);
  const atBottom = useRef(true);
  const fromBottom = useRef(0);
  const previous = useRef<{ first: string | undefined; last: string | undefined } | null>(null);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    fromBottom.current = el.scrollHeight - el.scrollTop;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    if (atBottom.current) setUnseen(false);
  }, [ref]);

  const scrollToLatest = useCallback(
    (behavior: ScrollBehavior = 'auto') => {
      const el = ref.current;
      if (el) el.scrollTo({ top: el.scrollHeight, behavior });
      setUnseen(false);
    },
    [ref],
  );

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const first = messages[0]?.id;
    const lastMessage = messages.at(-1);
    const last = lastMessage?.id;
    const prev = previous.current;
    previous.current = { first, last };
    if (prev === null) {
      el.scrollTop = el.scrollHeight;
    } else if (last !== prev.last) {
      if (atBottom.current || lastMessage?.direction === 'outbound') el.scrollTop = el.scrollHeight;
      else setUnseen(true);
    } else if (first !== prev.first) {
      el.scrollTop = el.scrollHeight - fromBottom.current; // earlier messages were added above
    } else if (atBottom.current) {
      el.scrollTop = el.scrollHeight; // a status or error line may have grown the last bubble
    }
    onScroll();
  }, [messages, ref, onScroll]);

  // Images and players settle their size after rendering; a reader at the bottom stays there.
  // (load events do not bubble, so they are caught on the way down.)
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onMediaSized = () => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
      onScroll();
    };
    el.addEventListener('load', onMediaSized, true);
    el.addEventListener('loadedmetadata', onMediaSized, true);
    return () => {
      el.removeEventListener('load', onMediaSized, true);
      el.removeEventListener('loadedmetadata', onMediaSized, true);
    };
  }, [ref, onScroll]);

  return { unseen, onScroll, scrollToLatest };
}
