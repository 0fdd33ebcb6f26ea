import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/TextField';
import { formatFileSize } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { FieldErrorText } from '../../templates/form/steps/FieldErrorText';
import { LibraryFileInput } from '../../templates/LibraryFileInput';
import { LibraryUploadFeedback } from '../../templates/LibraryUploadFeedback';
import { useLibraryUpload } from '../../templates/use-library-upload';
import { mediaRuleFor } from './composer-check';
import { charCount } from './composer-values';
import type { ComposerFieldsProps } from './use-composer';

/** A photo, video or document from the agent's computer, put in the library (with progress), and its caption. */
export function MediaFields({ form, values, limits, issueAt }: ComposerFieldsProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const library = useLibraryUpload({
    refuse: (chosen) => {
      const rule = mediaRuleFor(chosen.type, limits);
      return !rule
        ? t('composer.media.wrongType', { filename: chosen.name })
        : chosen.size > rule.maxBytes
          ? t('composer.media.tooLarge', {
              filename: chosen.name,
              max: formatFileSize(rule.maxBytes, locale),
            })
          : null;
    },
    onStored: (stored) => form.setValue('file', stored, { shouldDirty: true }),
  });

  const file = values.file;
  const captionMax = file ? mediaRuleFor(file.mimeType, limits)?.maxCaptionLength : undefined;
  return (
    <div className="composer-fields composer-media">
      {file ? (
        <div className="media-picker__chosen" data-testid="composer-file">
          <span className="media-picker__name">{file.filename}</span>
          <span className="muted">{formatFileSize(file.sizeBytes, locale)}</span>
          <button type="button" className="button button--small" onClick={() => form.setValue('file', null)}>
            {t('composer.media.remove')}
            <span className="visually-hidden"> {file.filename}</span>
          </button>
        </div>
      ) : (
        <LibraryFileInput
          library={library}
          label={t('composer.media.attach')}
          hint={t('composer.media.hint', {
            kinds: limits.media.map((rule) => t(`inbox.content.kind.${rule.kind}`)).join(' / '),
          })}
          accept={limits.media.flatMap((rule) => rule.mimeTypes).join(',')}
          testId="composer-file-input"
        />
      )}
      <LibraryUploadFeedback
        state={library}
        uploadingLabel={(filename) => t('composer.media.uploading', { filename })}
      />
      <FieldErrorText error={issueAt('file')} />
      {file && captionMax !== null && (
        <TextField
          label={t('composer.media.caption')}
          registration={form.register('caption')}
          error={issueAt('caption')}
          counter={
            captionMax === undefined ? undefined : { count: charCount(values.caption), max: captionMax }
          }
          autoComplete="off"
          data-testid="composer-caption"
        />
      )}
    </div>
  );
}
