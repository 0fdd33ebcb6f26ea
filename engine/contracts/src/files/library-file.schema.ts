import { z } from 'zod';
import { isoDateTime, listSchema, personRefSchema } from '../common.schema.js';
import { templateMediaFormats, type TemplateMediaFormat } from '../templates/template-limits.js';

/** A file of the organisation's library (template header media for now). */
export const libraryFileSchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  /** The template header format it can be. */
  format: z.enum(templateMediaFormats as [TemplateMediaFormat, ...TemplateMediaFormat[]]),
  /** Same-origin URL of its content. */
  url: z.string(),
  createdAt: isoDateTime,
  createdBy: personRefSchema.nullable(),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;
export const libraryFileListSchema = listSchema(libraryFileSchema);

/** `GET /api/files?format=IMAGE`. */
export const listFilesQuery = z.object({
  format: z.enum(templateMediaFormats as [TemplateMediaFormat, ...TemplateMediaFormat[]]).optional(),
});

/** `POST /api/files?filename=…` with the file as the body and its type as `Content-Type`. */
export const uploadFileQuery = z.object({ filename: z.string().trim().min(1).max(200) });
