import type { Channel } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

/** The channel a conversation runs on, as a small text badge. */
export function ChannelBadge({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  return <span className={`channel-badge channel-badge--${channel}`}>{t.channel[channel]}</span>;
}
