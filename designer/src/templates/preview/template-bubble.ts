import type {
  RenderedTemplate,
  TemplateContent,
  TemplateMediaFormat,
  TemplateMessageContent,
} from '@parley/contracts';
import { renderTemplate, sampleValues } from '@parley/contracts';
import { isSameOriginPath } from '../../api/same-origin';

/** The header file, when the header is media: shown from the engine's own URL only. */
export interface HeaderFile {
  filename: string | null;
  mimeType?: string | null;
  url: string | null;
}

export type BubbleHeader =
  | { format: 'TEXT'; text: string }
  | { format: TemplateMediaFormat; url: string | null; filename: string | null }
  | null;

export interface BubbleButton {
  type: 'QUICK_REPLY' | 'URL' | 'PHONE_NUMBER' | 'COPY_CODE';
  text: string;
  url: string | null;
  phoneNumber: string | null;
}

/** What a template message shows the customer: the same for the editor's preview and the inbox. */
export interface TemplateBubbleView {
  header: BubbleHeader;
  body: string;
  footer: string | null;
  buttons: BubbleButton[];
}

const sameOrigin = (url: string | null | undefined): string | null => (isSameOriginPath(url) ? url : null);

/** A rendered template (the contract's `renderTemplate`) with its header file, if any. */
export function bubbleFromRendered(rendered: RenderedTemplate, file: HeaderFile | null): TemplateBubbleView {
  const header = rendered.header;
  return {
    header:
      header === null || header.format === 'TEXT'
        ? header
        : {
            format: header.format,
            url: header.fileId && file ? sameOrigin(file.url) : null,
            filename: header.fileId && file ? file.filename : null,
          },
    body: rendered.body,
    footer: rendered.footer,
    buttons: rendered.buttons,
  };
}

/** The live preview: the template with the admin's samples in place of its variables. */
export function previewOf(content: TemplateContent, language: string, file: HeaderFile | null) {
  return bubbleFromRendered(renderTemplate(content, language, sampleValues(content)), file);
}

/** A template message as Parley sent it (`content.type === 'template'`). */
export function bubbleFromMessage(content: TemplateMessageContent): TemplateBubbleView {
  const header = content.header;
  return {
    header:
      header === null || header.format === 'TEXT'
        ? header
        : { format: header.format, url: sameOrigin(header.url), filename: header.filename },
    body: content.body,
    footer: content.footer?.trim() ? content.footer : null,
    buttons: content.buttons,
  };
}
