import type { TemplateMediaFormat } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { libraryFilesQuery } from '../../../../templates/templates.api';
import { FieldProblems } from '../fields/FieldProblems';
import { useFieldProblems } from '../panel-context';

/** Loaded when the admin first browses the library (it brings the app's locale with it). */
const LibraryDialog = lazy(async () => ({
  default: (await import('../../../../templates/form/steps/LibraryDialog')).LibraryDialog,
}));

interface Props {
  format: TemplateMediaFormat;
  fileId: string | undefined;
  onChange: (fileId: string | undefined) => void;
}

/** A file of the organisation's library, chosen in the library's dialog; shown by its name once the library is read. */
export function LibraryFileField({ format, fileId, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const path = 'content.fileId';
  const problems = useFieldProblems(path);
  const [browsing, setBrowsing] = useState(false);
  const files = useQuery({ ...libraryFilesQuery(format), enabled: fileId !== undefined });
  const chosen = fileId === undefined ? null : files.data?.find((file) => file.id === fileId);
  const describedBy = [`${id}-chosen`, problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return (
    <div className="field flow-panel__field">
      <p className="field__label" id={`${id}-label`}>
        {t('flowPanel.media.file')}
      </p>
      <p id={`${id}-chosen`} className="field__hint">
        {fileId === undefined
          ? t('flowPanel.media.noFile')
          : chosen
            ? t('flowPanel.media.chosenFile', { filename: chosen.filename })
            : t('flowPanel.media.someFile')}
      </p>
      <div className="flow-panel__control">
        <button
          type="button"
          className="button button--small"
          id={id}
          data-field-path={path}
          aria-describedby={describedBy}
          aria-invalid={problems.length > 0 ? true : undefined}
          onClick={() => setBrowsing(true)}
        >
          {t('flowPanel.media.choose')}
        </button>
        {fileId !== undefined && (
          <button type="button" className="button button--small" onClick={() => onChange(undefined)}>
            {t('flowPanel.media.removeFile')}
          </button>
        )}
      </div>
      <FieldProblems id={`${id}-problems`} problems={problems} />
      {browsing && (
        <Suspense fallback={null}>
          <LibraryDialog
            format={format}
            currentId={fileId ?? null}
            onChoose={(file) => {
              setBrowsing(false);
              onChange(file.id);
            }}
            onClose={() => setBrowsing(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
