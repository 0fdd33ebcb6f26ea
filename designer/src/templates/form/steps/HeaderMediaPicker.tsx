import { templateHeaderMedia, type LibraryFile, type TemplateMediaFormat } from '@parley/contracts';
import { useId, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isSameOriginPath } from '../../../api/same-origin';
import { formatFileSize } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale';
import { LibraryFileInput } from '../../LibraryFileInput';
import { LibraryUploadFeedback } from '../../LibraryUploadFeedback';
import { useLibraryUpload } from '../../use-library-upload';
import { mediaLimitText, mediaTypesText, uploadProblem } from '../media-rules';
import { FieldErrorText } from './FieldErrorText';
import { LibraryDialog } from './LibraryDialog';

/** The header's file: enough to show it and to send its id. */
export type ChosenFile = Pick<LibraryFile, 'id' | 'filename' | 'mimeType' | 'url'>;

interface Props {
  format: TemplateMediaFormat;
  file: ChosenFile | null;
  error: FieldError | undefined;
  onChange: (file: ChosenFile | null) => void;
}

/** The header's photo, video or PDF: uploaded from the computer (with progress) or from the library. */
export function HeaderMediaPicker({ format, file, error, onChange }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const [browsing, setBrowsing] = useState(false);
  const rule = templateHeaderMedia[format];
  const library = useLibraryUpload({
    refuse: (chosen) => {
      const refused = uploadProblem(chosen, format);
      if (!refused) return null;
      return refused === 'type'
        ? t('templates.media.wrongType', { filename: chosen.name, types: mediaTypesText(format) })
        : t('templates.media.tooLarge', {
            filename: chosen.name,
            size: formatFileSize(chosen.size, locale),
            max: mediaLimitText(format, locale),
          });
    },
    onStored: onChange,
  });

  const url = file && isSameOriginPath(file.url) ? file.url : null;
  return (
    <div className="media-picker">
      <p className="field__label" id={`${id}-label`}>
        {t('templates.media.chosen')}
      </p>
      {file ? (
        <div className="media-picker__chosen">
          {format === 'IMAGE' && url && <img className="media-picker__thumb" src={url} alt="" />}
          <span className="media-picker__name">{file.filename}</span>
          <button type="button" className="button button--small" onClick={() => onChange(null)}>
            {t('templates.media.remove')}
            <span className="visually-hidden"> {file.filename}</span>
          </button>
        </div>
      ) : (
        <p className="muted">{t('templates.media.none')}</p>
      )}
      <div className="media-picker__actions">
        <LibraryFileInput
          library={library}
          label={t('templates.media.upload')}
          hint={t(`templates.media.uploadHint.${format}`, { size: mediaLimitText(format, locale) })}
          accept={rule.mimeTypes.join(',')}
        />
        <button
          type="button"
          className="button"
          onClick={() => setBrowsing(true)}
          disabled={library.upload !== null}
        >
          {t('templates.media.library')}
        </button>
      </div>
      <LibraryUploadFeedback
        state={library}
        uploadingLabel={(filename) => t('templates.media.uploading', { filename })}
        done={library.stored ? t('templates.media.uploaded', { filename: library.stored.filename }) : ''}
      />
      <FieldErrorText error={error} />
      {browsing && (
        <LibraryDialog
          format={format}
          currentId={file?.id ?? null}
          onChoose={(chosen) => {
            setBrowsing(false);
            onChange(chosen);
          }}
          onClose={() => setBrowsing(false)}
        />
      )}
    </div>
  );
}
