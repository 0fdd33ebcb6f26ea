export type MediaKind = 'audio' | 'document' | 'image' | 'sticker' | 'video';

const MB = 1024 * 1024;

/** Supported MIME types per kind and their size limits (Meta's Cloud API media reference). */
export const mediaKinds: Record<MediaKind, { mimeTypes: readonly string[]; maxBytes: number }> = {
  audio: { mimeTypes: ['audio/aac', 'audio/amr', 'audio/mpeg', 'audio/mp4', 'audio/ogg'], maxBytes: 16 * MB },
  document: {
    mimeTypes: [
      'text/plain',
      'application/pdf',
      'application/msword',
      'application/vnd.ms-excel',
      'application/vnd.ms-powerpoint',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    maxBytes: 100 * MB,
  },
  image: { mimeTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * MB },
  // animated stickers may have 500 KB, static ones 100 KB; the sandbox cannot tell them apart
  sticker: { mimeTypes: ['image/webp'], maxBytes: 500 * 1024 },
  video: { mimeTypes: ['video/mp4', 'video/3gpp'], maxBytes: 16 * MB },
};

export const supportedMimeTypes = Object.values(mediaKinds).flatMap((kind) => kind.mimeTypes);

/** The largest upload any kind allows (the route's body limit). */
export const maxMediaBytes = Math.max(...Object.values(mediaKinds).map((kind) => kind.maxBytes)) + MB;

/** The kind a MIME type belongs to (`audio/ogg; codecs=opus` counts as audio/ogg). */
export function kindOfMimeType(mimeType: string): MediaKind | undefined {
  const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (Object.keys(mediaKinds) as MediaKind[]).find((kind) => mediaKinds[kind].mimeTypes.includes(base));
}
