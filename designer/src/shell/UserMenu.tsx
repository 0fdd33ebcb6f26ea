import type { Session } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut } from '../auth/auth.api';
import { contactInitials } from '../inbox/contact';
import { useDismiss } from './use-dismiss';
import { useSignOut } from './use-sign-out';

/** The signed-in person: a button that opens their name, email, the Account page and Sign out. */
export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const leave = useSignOut(signOut);
  const { name, email, role } = session.user;

  useDismiss(open, () => setOpen(false), root, button);

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar avatar--small" aria-hidden="true">
          {contactInitials(name) ?? '?'}
        </span>
        <span className="user-menu__name">{name}</span>
        <span className="visually-hidden">{t('shell.userMenu')}</span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <span className="user-menu__label">{t('shell.signedInAs')}</span>
          <strong className="user-menu__person">{name}</strong>
          <span className="user-menu__email">{email}</span>
          <span className="user-menu__role">
            {t(`roles.${role}`)} · {session.organisation.name}
          </span>
        </p>
        <ul className="user-menu__actions">
          <li>
            <Link className="user-menu__action" to="/account" onClick={() => setOpen(false)}>
              {t('shell.account')}
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="user-menu__action"
              disabled={leave.isPending}
              onClick={() => leave.mutate()}
            >
              {t('shell.signOut')}
            </button>
          </li>
        </ul>
        <div role="alert">{leave.isError && <p className="inline-error">{t('shell.signOutFailed')}</p>}</div>
      </div>
    </div>
  );
}
