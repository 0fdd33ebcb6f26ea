import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './keyboard-shortcuts';

/**
 * Calls `onShortcut` for the inbox's single-key shortcuts while mounted — not while typing, with a
 * modifier, or while a dialog is open (its keys are its own); a held-down `e` closes one only.
 */
export function useShortcuts(onShortcut: (action: ShortcutAction) => void): void {
  const latest = useRef(onShortcut);
  useEffect(() => {
    latest.current = onShortcut;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const action = shortcutFor(e);
      if (action === null || (action === 'close' && e.repeat)) return;
      e.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
