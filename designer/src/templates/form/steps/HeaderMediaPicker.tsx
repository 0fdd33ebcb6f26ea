import { templateHeaderMedia, type LibraryFile, type TemplateMediaFormat } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isAbort, toApiError, type ApiError } from '../../../api/api-error';
import { isSameOriginPath } from '../../../api/same-origin';
import { FormAlert } from '../../../forms/FormAlert';
import { formatFileSize } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale';
import { libraryFilesKey, uploadLibraryFile } from '../../templates.api';
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
  const queryClient = useQueryClient();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [upload, setUpload] = useState<{ filename: string; percent: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const [browsing, setBrowsing] = useState(false);
  useEffect(() => () => abort.current?.abort(), []);

  const rule = templateHeaderMedia[format];
  const start = async (chosen: File) => {
    setProblem(null);
    setFailure(null);
    setDone('');
    const refused = uploadProblem(chosen, format);
    if (refused) {
      setProblem(
        refused === 'type'
          ? t('templates.media.wrongType', { filename: chosen.name, types: mediaTypesText(format) })
          : t('templates.media.tooLarge', {
              filename: chosen.name,
              size: formatFileSize(chosen.size, locale),
              max: mediaLimitText(format, locale),
            }),
      );
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setUpload({ filename: chosen.name, percent: 0 });
    try {
      const stored = await uploadLibraryFile(chosen, {
        signal: controller.signal,
        onProgress: (fraction) => setUpload({ filename: chosen.name, percent: Math.round(fraction * 100) }),
      });
      onChange(stored);
      setDone(t('templates.media.uploaded', { filename: stored.filename }));
      void queryClient.invalidateQueries({ queryKey: libraryFilesKey });
    } catch (e) {
      if (!isAbort(e)) setFailure(toApiError(e));
    } finally {
      setUpload(null);
      if (input.current) input.current.value = '';
    }
  };

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
        <div className="field">
          <label className="field__label" htmlFor={`${id}-file`}>
            {t('templates.media.upload')}
          </label>
          <input
            ref={input}
            id={`${id}-file`}
            className="file-input"
            type="file"
            accept={rule.mimeTypes.join(',')}
            aria-describedby={`${id}-hint`}
            disabled={upload !== null}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              if (chosen) void start(chosen);
            }}
          />
          <p id={`${id}-hint`} className="field__hint">
            {t(`templates.media.uploadHint.${format}`, { size: mediaLimitText(format, locale) })}
          </p>
        </div>
        <button type="button" className="button" onClick={() => setBrowsing(true)} disabled={upload !== null}>
          {t('templates.media.library')}
        </button>
      </div>
      {upload && (
        <div className="upload-progress">
          <div
            className="upload-progress__bar"
            role="progressbar"
            aria-label={t('templates.media.uploading', { filename: upload.filename })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={upload.percent}
            aria-valuetext={`${upload.percent}%`}
          >
            <span className="upload-progress__fill" style={{ width: `${upload.percent}%` }} />
          </div>
          <span className="upload-progress__text" aria-hidden="true">
            {upload.percent}%
          </span>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {done}
      </p>
      <div role="alert" className="form-alert">
        {problem && <p className="alert alert--error">{problem}</p>}
      </div>
      <FormAlert error={failure} />
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
