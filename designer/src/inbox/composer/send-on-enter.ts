import type { KeyboardEvent } from 'react';

/** Whether a key press is an Enter that should send: not Shift+Enter, nor one confirming a Japanese conversion. */
export const isSendingEnter = (e: KeyboardEvent<HTMLTextAreaElement>): boolean =>
  e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.nativeEvent.isComposing && e.keyCode !== 229;

/** Enter sends; Shift+Enter is a new line, and so is an Enter that confirms a Japanese conversion. */
export function sendOnEnter(e: KeyboardEvent<HTMLTextAreaElement>): void {
  if (!isSendingEnter(e)) return;
  e.preventDefault();
  e.currentTarget.form?.requestSubmit();
}
