import type { LibraryFile, TemplateMediaFormat } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isSameOriginPath } from '../../../api/same-origin';
import { errorText } from '../../../errors/describe-error';
import { formatDateTime, formatFileSize } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale';
import { Dialog } from '../../../ui/Dialog';
import { StatePanel } from '../../../ui/StatePanel';
import { libraryFilesQuery } from '../../templates.api';

interface Props {
  format: TemplateMediaFormat;
  currentId: string | null;
  onChoose: (file: LibraryFile) => void;
  onClose: () => void;
}

/** The organisation's files of one kind, newest first, images as thumbnails; choosing one closes it. */
export function LibraryDialog({ format, currentId, onChoose, onClose }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const files = useQuery(libraryFilesQuery(format));

  let content;
  if (files.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (files.isError) {
    content = (
      <StatePanel
        tone="error"
        title={t('templates.media.libraryFailed')}
        body={errorText(files.error, t)}
        onRetry={() => void files.refetch()}
      />
    );
  } else if (files.data.length === 0) content = <p className="muted">{t('templates.media.libraryEmpty')}</p>;
  else {
    content = (
      <ul className="file-grid">
        {files.data.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className="file-card"
              aria-pressed={file.id === currentId}
              aria-label={t('templates.media.choose', { filename: file.filename })}
              onClick={() => onChoose(file)}
            >
              {format === 'IMAGE' && isSameOriginPath(file.url) ? (
                <img className="file-card__thumb" src={file.url} alt="" loading="lazy" decoding="async" />
              ) : (
                <span className="file-card__icon" aria-hidden="true">
                  {format === 'VIDEO' ? '▶' : 'PDF'}
                </span>
              )}
              <span className="file-card__name">{file.filename}</span>
              <span className="file-card__meta">
                {formatFileSize(file.sizeBytes, locale)} · {formatDateTime(file.createdAt, locale)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Dialog title={t('templates.media.libraryTitle')} onClose={onClose} size="wide">
      <p className="dialog__text">{t('templates.media.libraryIntro')}</p>
      {content}
    </Dialog>
  );
}
