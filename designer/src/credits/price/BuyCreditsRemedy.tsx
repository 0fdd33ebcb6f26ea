import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../shell/use-session';

/** Where a short balance is mended: Settings → Credits for admins; everyone else is told who can. */
export function BuyCreditsRemedy() {
  const { t } = useTranslation();
  return useCan('credits:manage') ? (
    <Link to="/settings/credits">{t('credits.price.buy')}</Link>
  ) : (
    <span>{t('credits.price.askAdmin')}</span>
  );
}
