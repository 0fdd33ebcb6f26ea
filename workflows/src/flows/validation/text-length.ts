/**
 * A text's length as channels count it: in code points (an emoji is one character), the way the
 * connector SDK's capability check counts. Texts holding placeholders are measured as written, with
 * `{{name}}` counted character by character: the filled-in value is not known until the flow runs,
 * and the raw text is what the admin can shorten.
 */
export function textLength(text: string): number {
  return [...text].length;
}
