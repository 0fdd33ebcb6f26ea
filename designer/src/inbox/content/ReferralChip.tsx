import type { Message } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { externalUrl } from './external-url';

/** "From an ad: headline": the click-to-WhatsApp ad the customer came from, linked when it can be. */
export function ReferralChip({ referral }: { referral: NonNullable<Message['referral']> }) {
  const { t } = useTranslation();
  const headline = referral.headline?.trim() || referral.body?.trim();
  const text = headline ? t('inbox.referral.fromAd', { headline }) : t('inbox.referral.fromAnAd');
  const href = externalUrl(referral.sourceUrl);
  return (
    <p className="referral-chip" data-testid="referral">
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <path
          d="M2 6.5v3h2.5L10 13V3L4.5 6.5Zm10 -1a3 3 0 0 1 0 5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {text}
          <span className="visually-hidden"> {t('inbox.content.opensInNewTab')}</span>
        </a>
      ) : (
        text
      )}
    </p>
  );
}
