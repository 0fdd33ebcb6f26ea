import { type RefObject, useEffect } from 'react';

/**
 * While a header menu is open: a pointer press outside `root` closes it, and Escape closes it and
 * gives the focus back to its `button`. `onOpen` runs each time it opens.
 */
export function useDismiss(
  open: boolean,
  close: () => void,
  root: RefObject<HTMLElement | null>,
  button: RefObject<HTMLElement | null>,
  onOpen?: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    onOpen?.();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
}
