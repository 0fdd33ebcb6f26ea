/**
 * WhatsApp's limits on a message template (../shared/WHATSAPP.md, "Templates"), one table for the
 * form's counters, the shared validator and the engine.
 */
export const templateLimits = {
  nameMax: 512,
  headerTextMax: 60,
  bodyMax: 1024,
  footerMax: 60,
  buttonsMax: 10,
  quickRepliesMax: 10,
  urlButtonsMax: 2,
  phoneButtonsMax: 1,
  copyCodeButtonsMax: 1,
  buttonTextMax: 25,
  urlMax: 2000,
  phoneNumberMax: 20,
  copyCodeMax: 15,
  exampleMax: 200,
  codeExpirationMinutesMax: 90,
  groupNameMax: 60,
} as const;

/** Header media a template may carry, with the sizes WhatsApp takes for the header's example. */
export const templateHeaderMedia = {
  IMAGE: { mimeTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * 1024 * 1024 },
  VIDEO: { mimeTypes: ['video/mp4'], maxBytes: 16 * 1024 * 1024 },
  DOCUMENT: { mimeTypes: ['application/pdf'], maxBytes: 100 * 1024 * 1024 },
} as const;
export type TemplateMediaFormat = keyof typeof templateHeaderMedia;
export const templateMediaFormats = Object.keys(templateHeaderMedia) as TemplateMediaFormat[];

/** The header format a file of this MIME type can be, if any. */
export function mediaFormatOf(mimeType: string): TemplateMediaFormat | undefined {
  return templateMediaFormats.find((format) =>
    (templateHeaderMedia[format].mimeTypes as readonly string[]).includes(mimeType),
  );
}

/** How long WhatsApp keeps a deleted approved template's name from being used again. */
export const deletedNameHoldDays = 30;
