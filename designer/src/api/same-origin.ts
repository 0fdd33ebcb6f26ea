/**
 * Whether a URL is a path on this site, such as the engine's own media files or a page of the
 * app. Anything that could leave it is refused: `https://evil.example`, `//evil.example`, and
 * `/\evil` (browsers read the backslash as a slash).
 */
export const isSameOriginPath = (v: string | null | undefined): v is string =>
  v != null && /^\/(?![/\\])/.test(v);
