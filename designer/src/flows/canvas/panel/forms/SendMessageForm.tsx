import type { SendMessageNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import type { FormProps } from '../form-props';
import { MediaFields } from './MediaFields';

type Content = SendMessageNode['content'];

/** A message: a text with placeholders, or a file with a caption. */
export function SendMessageForm({ node, limits, onChange }: FormProps<SendMessageNode>) {
  const { t } = useTranslation();
  const { content } = node;
  const setContent = (next: Content, path: string) => onChange({ ...node, content: next }, path);
  return (
    <>
      <SelectInput
        path="content.kind"
        label={t('flowPanel.sendMessage.kind')}
        value={content.kind}
        options={[
          { value: 'text', label: t('flowPanel.sendMessage.text') },
          { value: 'media', label: t('flowPanel.sendMessage.media') },
        ]}
        onChange={(kind) =>
          setContent(
            kind === 'text' ? { kind: 'text', text: '' } : { kind: 'media', media: 'image' },
            'content.kind',
          )
        }
      />
      {content.kind === 'text' ? (
        <TextInput
          path="content.text"
          label={t('flowPanel.sendMessage.textLabel')}
          value={content.text}
          max={limits.text}
          multiline
          picker="variables"
          onChange={(text) => setContent({ kind: 'text', text }, 'content.text')}
        />
      ) : (
        <MediaFields content={content} limits={limits} onChange={setContent} />
      )}
    </>
  );
}
