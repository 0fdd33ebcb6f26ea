import type { MessageStatus } from '@parley/contracts';
import { useTranslation } from 'react-i18next';

const CHECK = 'M1.5 8.5 5 12l7.5-8.5';
const SECOND_CHECK = 'M8 11.5l.5.5L16 3.5';

/**
 * Clock while sending or held for the customer's answer, one tick when sent, two when delivered,
 * blue two when read, "!" when failed.
 */
export function DeliveryStatus({ status }: { status: MessageStatus }) {
  const { t } = useTranslation();
  const label = t(`inbox.message.status.${status}`);
  let icon;
  if (status === 'pending' || status === 'accepted' || status === 'held') {
    icon = (
      <svg viewBox="0 0 16 16" width="14" height="14">
        <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M8 4.5V8l2.5 1.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
    );
  } else if (status === 'failed') {
    icon = (
      <svg viewBox="0 0 16 16" width="14" height="14">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4v5M8 11.2v.3" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    );
  } else if (status === 'sent' || status === 'delivered' || status === 'read') {
    icon = (
      <svg viewBox="0 0 18 16" width="18" height="14">
        <path
          d={CHECK}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        {status !== 'sent' && (
          <path
            d={SECOND_CHECK}
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        )}
      </svg>
    );
  } else return null;
  return (
    <span className={`delivery delivery--${status}`} title={label}>
      <span aria-hidden="true">{icon}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
