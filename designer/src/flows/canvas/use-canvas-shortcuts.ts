import { useEffect, useRef, type RefObject } from 'react';
import { isTextTarget, keyCommand, type KeyCommand } from './shortcuts';

interface Handlers {
  run: (command: KeyCommand) => void;
  /** The selection as text for the clipboard; null when nothing is selected. */
  copy: () => string | null;
  /** After a cut's copy: removes the selection. */
  removeSelection: () => void;
  /** Text from the clipboard: true when it held nodes that were pasted. */
  paste: (text: string) => boolean;
}

/**
 * The canvas's keys and the browser's copy, cut and paste, while the focus is on the canvas (or
 * nowhere in particular) and not in a field, where keys are the admin's text.
 */
export function useCanvasShortcuts(area: RefObject<HTMLElement | null>, handlers: Handlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    // Not in a field (the admin's text) nor in a dialog (its own keys, Escape closing it).
    const ours = (target: EventTarget | null) =>
      !isTextTarget(target) &&
      !(target instanceof Element && target.closest('dialog')) &&
      (target === document.body || (target instanceof Node && (area.current?.contains(target) ?? false)));
    const onKey = (e: KeyboardEvent) => {
      if (!ours(e.target)) return;
      const command = keyCommand(e);
      if (!command) return;
      e.preventDefault();
      latest.current.run(command);
    };
    const onCopy = (e: ClipboardEvent) => {
      if (!ours(e.target)) return;
      const text = latest.current.copy();
      if (text === null || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      if (e.type === 'cut') latest.current.removeSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!ours(e.target)) return;
      const text = e.clipboardData?.getData('text/plain');
      if (text && latest.current.paste(text)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [area]);
}
