import { templateHeaderMedia, type TemplateMediaFormat } from '@parley/contracts';

/** Why a file cannot be this header's, checked before anything is uploaded; null when it can. */
export function uploadProblem(file: { type: string; size: number }, format: TemplateMediaFormat) {
  const rule = templateHeaderMedia[format];
  if (!(rule.mimeTypes as readonly string[]).includes(file.type)) return 'type' as const;
  if (file.size > rule.maxBytes) return 'size' as const;
  return null;
}

/** The header's size limit as WhatsApp states it: "5 MB", "100 MB". */
export function mediaLimitText(format: TemplateMediaFormat, locale: string): string {
  const megabytes = templateHeaderMedia[format].maxBytes / (1024 * 1024);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte' }).format(megabytes);
}

/** The file types a header takes: "JPEG / PNG". */
export function mediaTypesText(format: TemplateMediaFormat): string {
  return templateHeaderMedia[format].mimeTypes
    .map((mime) => (mime.split('/')[1] ?? mime).toUpperCase())
    .join(' / ');
}
