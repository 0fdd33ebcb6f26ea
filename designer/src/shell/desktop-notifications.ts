/** Whether this browser shows desktop notifications, and whether Parley may. */
export type DesktopPermission = NotificationPermission | 'unsupported';

const hasNotifications = (): boolean => typeof window !== 'undefined' && 'Notification' in window;

export function desktopPermission(): DesktopPermission {
  return hasNotifications() ? Notification.permission : 'unsupported';
}

/** Asks the browser (only ever from a click: browsers ignore or penalise asking unprompted). */
export async function requestDesktopPermission(): Promise<DesktopPermission> {
  if (!hasNotifications()) return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission; // an old browser's callback-only API: whatever it decided
  }
}

/**
 * Shows a desktop notification; a click brings the window forward and runs `onClick` (opening the
 * conversation). False when it could not be shown.
 */
export function showDesktopNotification(
  notice: { id: string; title: string; body: string },
  lang: string,
  onClick: () => void,
): boolean {
  if (desktopPermission() !== 'granted') return false;
  try {
    const notification = new Notification(notice.title, { body: notice.body, tag: notice.id, lang });
    notification.onclick = () => {
      window.focus();
      onClick();
      notification.close();
    };
    return true;
  } catch {
    return false; // e.g. Chrome on Android, which shows them only through a service worker
  }
}
