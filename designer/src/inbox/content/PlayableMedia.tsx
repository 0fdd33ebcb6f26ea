import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDownload } from './FileDownload';
import type { FileInfo } from './message-view';

interface Props {
  kind: 'video' | 'audio';
  url: string;
  file: FileInfo;
  /** "Video", "GIF", "Voice message"… */
  label: string;
  /** GIF-like clips and video stickers loop silently. */
  looping: boolean;
  showLabel: boolean;
}

/**
 * A native player. When the browser cannot play the file (e.g. an Ogg voice note in some
 * browsers), it says so and offers the file for download instead.
 */
export function PlayableMedia({ kind, url, file, label, looping, showLabel }: Props) {
  const { t } = useTranslation();
  const [unplayable, setUnplayable] = useState(false);
  if (unplayable) {
    return (
      <div className="media-unplayable">
        <p className="media-unplayable__note">{t('inbox.content.cannotPlay')}</p>
        <FileDownload url={url} file={file} label={label} />
      </div>
    );
  }
  const common = {
    src: url,
    controls: true,
    preload: 'metadata',
    'aria-label': label,
    onError: () => setUnplayable(true),
  } as const;
  if (kind === 'audio') {
    return (
      <div className="media-audio">
        {showLabel && (
          <span className="media-audio__label" aria-hidden="true">
            {label}
          </span>
        )}
        <audio {...common} />
      </div>
    );
  }
  return <video className="media-video" {...common} playsInline loop={looping} muted={looping} />;
}
