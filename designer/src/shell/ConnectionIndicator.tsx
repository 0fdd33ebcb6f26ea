import { useTranslation } from 'react-i18next';
import type { StreamStatus } from '../api/use-event-stream';

/** Whether the live event stream is connected. A polite live region, so changes are announced. */
export function ConnectionIndicator({ status }: { status: StreamStatus }) {
  const { t } = useTranslation();
  const hint =
    status === 'live' ? t('stream.liveHint') : status === 'reconnecting' ? t('stream.reconnectingHint') : '';
  return (
    <p className={`connection connection--${status}`} role="status" title={hint || undefined}>
      <span className="connection__dot" aria-hidden="true" />
      {t(`stream.${status}`)}
    </p>
  );
}
