import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Switch } from '../ui/Switch';
import { desktopPermission, requestDesktopPermission, type DesktopPermission } from './desktop-notifications';
import { savePrefs, useNotificationPrefs } from './notification-prefs';
import { useDismiss } from './use-dismiss';

/**
 * The header's bell: desktop notifications (asked for from this click, as browsers require) and
 * the chime, both remembered in this browser.
 */
export function NotificationMenu() {
  const { t } = useTranslation();
  const prefs = useNotificationPrefs();
  const [open, setOpen] = useState(false);
  const [permission, setPermission] = useState<DesktopPermission>(desktopPermission);
  const [asking, setAsking] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const desktopOn = prefs.desktop && permission === 'granted';

  // The permission may have changed in the browser's settings meanwhile.
  useDismiss(
    open,
    () => setOpen(false),
    root,
    button,
    () => setPermission(desktopPermission()),
  );

  const enable = async () => {
    setAsking(true);
    const answer = permission === 'granted' ? 'granted' : await requestDesktopPermission();
    setAsking(false);
    setPermission(answer);
    if (answer === 'granted') savePrefs({ desktop: true });
  };

  let desktop;
  if (permission === 'unsupported')
    desktop = <p className="notify-menu__note">{t('inboxWork.notifications.unsupported')}</p>;
  else if (permission === 'denied')
    desktop = (
      <p className="notify-menu__note notify-menu__note--warning">{t('inboxWork.notifications.blocked')}</p>
    );
  else if (desktopOn)
    desktop = (
      <>
        <p className="notify-menu__note">{t('inboxWork.notifications.enabled')}</p>
        <button type="button" className="button button--small" onClick={() => savePrefs({ desktop: false })}>
          {t('inboxWork.notifications.disable')}
        </button>
      </>
    );
  else
    desktop = (
      <>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={asking}
          onClick={() => void enable()}
          data-testid="enable-desktop-notifications"
        >
          {t('inboxWork.notifications.enable')}
        </button>
        {asking && <p className="notify-menu__note">{t('inboxWork.notifications.asking')}</p>}
      </>
    );

  const state = (on: boolean) => (on ? t('inboxWork.notifications.on') : t('inboxWork.notifications.off'));
  return (
    <div className="notify-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="notify-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('inboxWork.notifications.menuLabel', {
          desktop: state(desktopOn),
          sound: state(prefs.sound),
        })}
        title={t('inboxWork.notifications.menu')}
        onClick={() => setOpen((o) => !o)}
        data-testid="notification-menu"
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {!prefs.sound && <span className="notify-menu__muted" aria-hidden="true" />}
      </button>
      <div id={panelId} className="notify-menu__panel" hidden={!open}>
        <h2 className="notify-menu__heading">{t('inboxWork.notifications.desktop')}</h2>
        <div className="notify-menu__section">{desktop}</div>
        <div className="notify-menu__row">
          <span className="notify-menu__label">{t('inboxWork.notifications.sound')}</span>
          <Switch
            label={t('inboxWork.notifications.sound')}
            checked={prefs.sound}
            onChange={(sound) => savePrefs({ sound })}
          />
        </div>
        <p className="notify-menu__note">{t('inboxWork.notifications.soundHint')}</p>
      </div>
    </div>
  );
}
