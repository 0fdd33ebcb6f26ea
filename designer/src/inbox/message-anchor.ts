/** The element id of a message in the thread, so a quote can take the reader to it. */
export const messageElementId = (messageId: string): string => `message-${messageId}`;

/** Scrolls a loaded message into view and moves focus to it; a message not loaded is left alone. */
export function scrollToMessage(messageId: string): void {
  const element = document.getElementById(messageElementId(messageId));
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}
