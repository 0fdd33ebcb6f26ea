export type HeaderSampleFormat = 'IMAGE' | 'VIDEO' | 'DOCUMENT';

const MB = 1024 * 1024;

/**
 * The file types Meta's Resumable Upload API takes (`file_type`), and the template header format
 * each is a sample for, with that format's size limit (Meta's template media header limits).
 */
export const headerSampleTypes: Record<string, { format: HeaderSampleFormat; maxBytes: number }> = {
  'image/jpeg': { format: 'IMAGE', maxBytes: 5 * MB },
  'image/jpg': { format: 'IMAGE', maxBytes: 5 * MB },
  'image/png': { format: 'IMAGE', maxBytes: 5 * MB },
  'video/mp4': { format: 'VIDEO', maxBytes: 16 * MB },
  'application/pdf': { format: 'DOCUMENT', maxBytes: 100 * MB },
};

export const uploadFileTypes = Object.keys(headerSampleTypes);

/** The largest file an upload session takes: the largest header sample. */
export const maxUploadBytes = Math.max(...Object.values(headerSampleTypes).map((type) => type.maxBytes));

/** The types a header format's sample may have, for error messages: `image/jpeg, image/jpg or image/png`. */
export function sampleTypesOf(format: HeaderSampleFormat): string {
  const types = uploadFileTypes.filter((type) => headerSampleTypes[type]?.format === format);
  return types.length > 1 ? `${types.slice(0, -1).join(', ')} or ${types.at(-1)}` : (types[0] ?? '');
}
