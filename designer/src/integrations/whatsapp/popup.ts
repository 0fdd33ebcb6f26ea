/** Embedded Signup's window: one named popup, so reopening it reuses the same window. */
export const POPUP_NAME = 'parley-whatsapp-signup';
export const POPUP_FEATURES = 'popup,width=640,height=760';

/**
 * Opens the popup. Must run in the click handler itself: browsers allow popups only while the
 * click's user activation lasts. Returns null when the popup was blocked.
 */
export function openSignupPopup(url: string): Window | null {
  return window.open(url, POPUP_NAME, POPUP_FEATURES);
}
