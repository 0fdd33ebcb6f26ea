/** Pure helpers for showing message content: links and labels built from what a customer sent. */

/** OpenStreetMap centred on a point, with a marker. */
export function osmUrl(latitude: number, longitude: number): string {
  const lat = String(latitude);
  const lon = String(longitude);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** A `tel:` link for a shared phone number, or null when it holds no digits. */
export function telHref(phone: string): string | null {
  const dialable = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d/.test(dialable) ? `tel:${dialable}` : null;
}

/** A `mailto:` link for a shared address, or null when it does not look like one. */
export const mailtoHref = (email: string): string | null =>
  /^[^\s@?&#/:]+@[^\s@?&#/:]+\.[^\s@?&#/:]+$/.test(email) ? `mailto:${email}` : null;

const MIME_LABELS: Record<string, string> = {
  'text/plain': 'TXT',
  'application/msword': 'DOC',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
};

/** A short file type for a document: the file name's extension, else one derived from the MIME type. */
export function fileTypeLabel(filename: string | null, mimeType: string | null): string | null {
  const ext = filename?.match(/\.([a-z0-9]{1,5})$/i)?.[1];
  if (ext) return ext.toUpperCase();
  const mime = mimeType?.split(';')[0]?.trim().toLowerCase();
  if (!mime) return null;
  const known = MIME_LABELS[mime];
  if (known) return known;
  const subtype = mime.split('/')[1];
  return subtype && /^[a-z0-9]{2,5}$/.test(subtype) ? subtype.toUpperCase() : null;
}
