import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatePanel } from '../ui/StatePanel';

/** Templates belong to a WhatsApp account: what to do when none is connected. */
export function NoWhatsAppAccount() {
  const { t } = useTranslation();
  return (
    <StatePanel title={t('templates.noAccount.title')} body={t('templates.noAccount.body')}>
      <Link className="button" to="/settings/integrations">
        {t('templates.noAccount.link')}
      </Link>
    </StatePanel>
  );
}
