import { formatFileSize } from '../../i18n/format';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { fileTypeLabel } from './content-format';
import type { FileInfo } from './message-view';

interface Props {
  url: string;
  file: FileInfo;
  /** Shown when the file has no name: "Document", "Sticker"… */
  label: string;
}

/** A document (or any file the browser cannot show inline) as a download link with its name and size. */
export function FileDownload({ url, file, label }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const details = [
    fileTypeLabel(file.filename, file.mimeType),
    file.sizeBytes === null ? null : formatFileSize(file.sizeBytes, locale),
  ].filter(Boolean);
  return (
    <a className="media-file" href={url} download={file.filename ?? true}>
      <span className="media-file__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="22" height="22">
          <path
            fill="currentColor"
            d="M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Zm7 1.5V9h5.5L13 3.5Z"
          />
        </svg>
      </span>
      <span className="media-file__text">
        <span className="visually-hidden">{t('inbox.content.download')}: </span>
        <span className="media-file__name">{file.filename ?? label}</span>
        {details.length > 0 && <span className="media-file__details">{details.join(' · ')}</span>}
      </span>
      <span className="media-file__action" aria-hidden="true">
        ↓
      </span>
    </a>
  );
}
