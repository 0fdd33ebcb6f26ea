import type { ChannelId } from '@parley/contracts';
import { useTranslation } from 'react-i18next';

/** The channel a conversation or account runs on, as a small text badge. */
export function ChannelBadge({ channel }: { channel: ChannelId }) {
  const { t } = useTranslation();
  return <span className={`channel-badge channel-badge--${channel}`}>{t(`channel.${channel}`)}</span>;
}
