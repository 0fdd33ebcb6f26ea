import type { Conversation } from '@parley/contracts';
import { useTranslation } from 'react-i18next';

/** Why automation stopped in this conversation and a person should look. */
export function AttentionBanner({ attention }: { attention: Conversation['attention'] }) {
  const { t } = useTranslation();
  if (!attention) return null;
  return (
    <div className="notice notice--warning thread-notice" role="note" data-testid="attention-banner">
      <p className="notice__title">{t('inbox.attention.title', { message: attention.message })}</p>
    </div>
  );
}
