/**
 * WhatsApp's template errors (132000–132018, ../shared/WHATSAPP.md), in words an agent can act on.
 * The web app words them in its own languages by the same codes.
 */
export const templatePlatformErrors = {
  '132000': 'The number of parameters does not match the template’s variables.',
  '132001': 'WhatsApp has no approved template of this name in this language.',
  '132005': 'The text with its parameters filled in is too long.',
  '132007': 'The content breaks WhatsApp’s formatting policy.',
  '132012': 'A parameter is not of the type the template expects.',
  '132015': 'WhatsApp paused this template for low quality.',
  '132016': 'WhatsApp disabled this template for low quality.',
  '132018': 'A parameter has a line break, a tab or more than four spaces in a row.',
} as const;
export type TemplatePlatformErrorCode = keyof typeof templatePlatformErrors;

export function isTemplatePlatformError(code: string | null | undefined): code is TemplatePlatformErrorCode {
  return code !== null && code !== undefined && Object.hasOwn(templatePlatformErrors, code);
}
