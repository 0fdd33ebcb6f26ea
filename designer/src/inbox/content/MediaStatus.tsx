import { useTranslation } from 'react-i18next';
import type { FileState } from './message-view';

interface Props {
  /** The file name, or the kind of media. */
  label: string;
  state: Exclude<FileState['state'], 'ready'>;
}

/** Stands in for a file Parley is still fetching from the platform, or could not fetch. */
export function MediaStatus({ label, state }: Props) {
  const { t } = useTranslation();
  const detail =
    state === 'pending'
      ? t('inbox.content.downloading')
      : state === 'failed'
        ? t('inbox.content.downloadFailed')
        : t('inbox.content.unavailable');
  return (
    <p className={`media-status media-status--${state}`}>
      {state === 'pending' ? (
        <span className="spinner spinner--small" aria-hidden="true" />
      ) : (
        <span className="media-status__icon" aria-hidden="true">
          !
        </span>
      )}
      <span className="media-status__text">
        <span className="media-status__label">{label}</span>
        <span className="media-status__detail">{detail}</span>
      </span>
    </p>
  );
}
