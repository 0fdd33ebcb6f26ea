import { flowMediaKinds, type SendMessageNode } from '@parley/workflows/flows';
import type { TemplateMediaFormat } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import type { PanelLimits } from '../model/panel-limits';
import { withOptional } from '../model/field-values';
import { LibraryFileField } from './LibraryFileField';

type MediaContent = Extract<SendMessageNode['content'], { kind: 'media' }>;

/** The library's formats of the kinds it holds (it has no audio). */
const libraryFormats: Partial<Record<MediaContent['media'], TemplateMediaFormat>> = {
  image: 'IMAGE',
  video: 'VIDEO',
  document: 'DOCUMENT',
};

interface Props {
  content: MediaContent;
  limits: PanelLimits;
  onChange: (content: MediaContent, path: string) => void;
}

/** A file to send: its kind, a library file or a public link, and an optional caption. */
export function MediaFields({ content, limits, onChange }: Props) {
  const { t } = useTranslation();
  const format = libraryFormats[content.media];
  return (
    <>
      <SelectInput
        path="content.media"
        label={t('flowPanel.media.kind')}
        value={content.media}
        options={flowMediaKinds.map((kind) => ({ value: kind, label: t(`flowPanel.media.kinds.${kind}`) }))}
        // A library file is of one kind: another kind needs another file.
        onChange={(media) =>
          onChange(withOptional({ ...content, media }, 'fileId', undefined), 'content.media')
        }
      />
      {format && (
        <LibraryFileField
          format={format}
          fileId={content.fileId}
          onChange={(fileId) => onChange(withOptional(content, 'fileId', fileId), 'content.fileId')}
        />
      )}
      <TextInput
        path="content.link"
        label={t('flowPanel.media.link')}
        hint={format ? t('flowPanel.media.linkHint') : t('flowPanel.media.linkOnlyHint')}
        value={content.link ?? ''}
        inputMode="url"
        placeholder="https://"
        onChange={(link) => onChange(withOptional(content, 'link', link), 'content.link')}
      />
      <TextInput
        path="content.caption"
        label={t('flowPanel.media.caption')}
        hint={t('flowPanel.optional')}
        value={content.caption ?? ''}
        max={limits.caption[content.media]}
        multiline
        picker="variables"
        onChange={(caption) => onChange(withOptional(content, 'caption', caption), 'content.caption')}
      />
    </>
  );
}
