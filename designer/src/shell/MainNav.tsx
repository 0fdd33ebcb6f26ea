import type { Permission } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { navItems } from './nav-items';

/** The sections this person may open; the current one is marked for assistive technology. */
export function MainNav({ permissions }: { permissions: readonly Permission[] }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('shell.mainNav')}>
      <ul className="main-nav__list">
        {navItems(permissions).map((item) => (
          <li key={item.key}>
            <Link className="main-nav__link" to={item.to} activeProps={{ className: 'is-active' }}>
              {t(`shell.nav.${item.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
