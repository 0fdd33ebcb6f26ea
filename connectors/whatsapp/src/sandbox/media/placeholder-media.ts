import type { MediaKind } from './media-kinds.js';

/** Tiny files standing in for what a customer's phone would send when a test does not bring one. */
const placeholders: Record<MediaKind, { mimeType: string; base64: string; filename?: string }> = {
  image: {
    mimeType: 'image/png',
    // a 1×1 PNG
    base64:
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  },
  sticker: { mimeType: 'image/webp', base64: 'UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==' },
  audio: {
    mimeType: 'audio/ogg; codecs=opus',
    base64: Buffer.from('OggS\u0000\u0002sandbox voice note').toString('base64'),
  },
  video: {
    mimeType: 'video/mp4',
    base64: Buffer.from('\u0000\u0000\u0000\u0018ftypmp42\u0000\u0000\u0000\u0000mp42isom').toString(
      'base64',
    ),
  },
  document: {
    mimeType: 'application/pdf',
    filename: 'document.pdf',
    base64: Buffer.from('%PDF-1.4\n% sandbox document\n%%EOF\n').toString('base64'),
  },
};

export function placeholderMedia(kind: MediaKind): { mimeType: string; data: Buffer; filename?: string } {
  const placeholder = placeholders[kind];
  return {
    mimeType: placeholder.mimeType,
    data: Buffer.from(placeholder.base64, 'base64'),
    ...(placeholder.filename ? { filename: placeholder.filename } : {}),
  };
}
