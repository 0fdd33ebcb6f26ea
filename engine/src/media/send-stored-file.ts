import { createReadStream } from 'node:fs';
import type { FastifyReply } from 'fastify';

/**
 * Answers with a file kept in the data folder, inline, cached privately for good (its id never
 * names other bytes), and never run as a page of Parley's origin.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { path: string; mimeType: string | null; filename: string | null },
) {
  const filename = file.filename ? `; filename="${encodeURIComponent(file.filename)}"` : '';
  return reply
    .header('content-type', file.mimeType ?? 'application/octet-stream')
    .header('content-disposition', `inline${filename}`)
    .header('cache-control', 'private, max-age=31536000, immutable')
    .header('content-security-policy', "default-src 'none'; img-src 'self'; media-src 'self'; sandbox")
    .send(createReadStream(file.path));
}
