/** Each language code's name in the admin's language ("ja" → "日本語"), or the code when it names none. */
export function languageNames(codes: readonly string[], locale: string): string[] {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  } catch {
    return [...codes];
  }
  return codes.map((code) => {
    try {
      return names.of(code.toLowerCase()) ?? code;
    } catch {
      return code; // not a well-formed code: the contract says why on applying
    }
  });
}
