import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { libraryFileSchema, mediaFormatOf, templateHeaderMedia, type LibraryFile } from '@parley/contracts';
import type { WabaAccess } from '../templates/waba-access.js';
import type { Caller } from '../auth/caller.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { iso } from '../infrastructure/database/timestamps.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { MediaStore } from '../media/media-store.js';

/** WhatsApp keeps an uploaded media id for 30 days; Parley uploads again a day before. */
const mediaIdLifetimeMs = 29 * 24 * 60 * 60 * 1000;

type FileRow = {
  id: string;
  filename: string;
  mimeType: string;
  format: string;
  sizeBytes: number;
  platformMedia: Record<string, { mediaId: string; uploadedAt: string }>;
  createdAt: Date | string;
  createdBy: string | null;
  createdByName?: string | null;
};

/** Where the web app reads a library file (same origin, the organisation's people only). */
export const fileUrl = (fileId: string) => `/api/files/${fileId}/content`;

export function toLibraryFileDto(row: FileRow): LibraryFile {
  return {
    id: row.id,
    filename: row.filename,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    format: libraryFileSchema.shape.format.parse(row.format),
    url: fileUrl(row.id),
    createdAt: iso(row.createdAt),
    createdBy: row.createdBy && row.createdByName ? { id: row.createdBy, name: row.createdByName } : null,
  };
}

/**
 * The organisation's file library: files kept in the data folder, given to WhatsApp as a template
 * header's example (a resumable-upload handle) or as a send's media id (cached per number).
 */
@Injectable()
export class LibraryFiles {
  readonly store: MediaStore;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
  ) {
    this.store = new MediaStore(join(config.DATA_DIR, 'files'));
  }

  rows(sql: Sql, organisationId: string) {
    return sql
      .selectFrom('LibraryFile')
      .leftJoin('User', 'User.id', 'LibraryFile.createdBy')
      .selectAll('LibraryFile')
      .select('User.name as createdByName')
      .where('LibraryFile.organisation', '=', organisationId);
  }

  async list(caller: Caller, format?: string): Promise<LibraryFile[]> {
    let query = this.rows(this.database.sql(), caller.organisationId).orderBy(
      'LibraryFile.createdAt',
      'desc',
    );
    if (format) query = query.where('LibraryFile.format', '=', format);
    return (await query.execute()).map(toLibraryFileDto);
  }

  async get(organisationId: string, id: string) {
    const row = await this.rows(this.database.sql(), organisationId)
      .where('LibraryFile.id', '=', id)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'NOT_FOUND', `file ${id} does not exist`);
    return row;
  }

  async upload(caller: Caller, filename: string, mimeType: string, data: Buffer): Promise<LibraryFile> {
    const format = mediaFormatOf(mimeType);
    if (!format) {
      const accepted = Object.values(templateHeaderMedia).flatMap((media) => media.mimeTypes);
      throw new ApiError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `${mimeType} files are not taken; use ${accepted.join(', ')}`,
      );
    }
    const { maxBytes } = templateHeaderMedia[format];
    if (data.length > maxBytes)
      throw new ApiError(
        413,
        'FILE_TOO_LARGE',
        `${{ IMAGE: 'an image', VIDEO: 'a video', DOCUMENT: 'a document' }[format]} is at most ${Math.round(maxBytes / 1024 / 1024)} MB; this one is ${(data.length / 1024 / 1024).toFixed(1)} MB`,
      );
    if (data.length === 0)
      throw new ApiError(400, 'INVALID_INPUT', 'body: the file is empty', [
        { path: 'body', message: 'the file is empty' },
      ]);
    const id = randomUUID();
    const { sha256, sizeBytes } = await this.store.write(id, data);
    const sql = this.database.sql();
    await sql
      .insertInto('LibraryFile')
      .values({
        id,
        organisation: caller.organisationId,
        filename,
        mimeType,
        format,
        sizeBytes,
        sha256,
        platformMedia: {},
        createdBy: caller.userId,
        createdAt: new Date(),
      })
      .execute();
    return toLibraryFileDto(await this.get(caller.organisationId, id));
  }

  read(id: string): Promise<Buffer> {
    return readFile(this.store.path(id));
  }

  /** The handle WhatsApp's reviewers see the header example by (a fresh upload per submission). */
  async headerHandle(organisationId: string, fileId: string, access: WabaAccess): Promise<string> {
    if (!this.config.WHATSAPP_APP_ID)
      throw new Error('WHATSAPP_APP_ID is not set: template header media cannot be uploaded');
    const file = await this.get(organisationId, fileId);
    const { handle } = await access.management.uploadHeaderHandle(this.config.WHATSAPP_APP_ID, {
      data: await this.read(file.id),
      mimeType: file.mimeType,
      filename: file.filename,
    });
    return handle;
  }

  /** A media id of the file on this number, uploaded once and reused while WhatsApp keeps it. */
  async mediaId(
    organisationId: string,
    fileId: string,
    access: WabaAccess,
    now = new Date(),
  ): Promise<string> {
    const file = await this.get(organisationId, fileId);
    const cached = file.platformMedia[access.phoneNumberId];
    if (cached && now.getTime() - Date.parse(cached.uploadedAt) < mediaIdLifetimeMs) return cached.mediaId;
    const { id } = await access.management.uploadMedia(access.phoneNumberId, {
      data: await this.read(file.id),
      mimeType: file.mimeType,
      filename: file.filename,
    });
    await this.database
      .sql()
      .updateTable('LibraryFile')
      .set({
        platformMedia: {
          ...file.platformMedia,
          [access.phoneNumberId]: { mediaId: id, uploadedAt: now.toISOString() },
        },
      })
      .where('id', '=', file.id)
      .execute();
    return id;
  }
}
