import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WhatsAppManagementClient } from '@parley/connector-whatsapp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.js';
import { parseConfig } from '../infrastructure/config/config.schema.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import type { WabaAccess } from '../templates/waba-access.js';
import { createOrganisation, createUser } from '../testing/fixtures.js';
import { LibraryFiles } from './library-files.service.js';

const dayMs = 24 * 60 * 60 * 1000;
/** The 8-byte PNG signature and a little more: enough to be a file. */
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return { status: error.getStatus(), ...(error.getResponse() as { code: string; message: string }) };
}

describe('LibraryFiles', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dataDir: string;
  let files: LibraryFiles;
  let caller: Caller;
  let uploads: { phoneNumberId: string; data: Uint8Array; mimeType: string; filename?: string }[];
  let handles: { appId: string; mimeType: string }[];
  const accessFor = (phoneNumberId: string): WabaAccess => ({
    phoneNumberId,
    management: {
      uploadMedia: async (id: string, media: { data: Uint8Array; mimeType: string; filename?: string }) => {
        uploads.push({ phoneNumberId: id, ...media });
        return { id: `media-${uploads.length}` };
      },
      uploadHeaderHandle: async (appId: string, media: { mimeType: string }) => {
        handles.push({ appId, mimeType: media.mimeType });
        return { handle: `4::handle-${handles.length}` };
      },
    } as unknown as WhatsAppManagementClient,
  });

  beforeEach(async () => {
    database = await openTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'parley-files-'));
    files = new LibraryFiles(parseConfig({ DATA_DIR: dataDir, WHATSAPP_APP_ID: '123456' }), database);
    caller = await createUser(database, await createOrganisation(database));
    uploads = [];
    handles = [];
  });
  afterEach(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('upload', () => {
    it('keeps a PNG’s bytes under DATA_DIR/files and a row describing it', async () => {
      const file = await files.upload(caller, 'box.png', 'image/png', png);
      expect(file).toEqual({
        id: expect.any(String),
        filename: 'box.png',
        mimeType: 'image/png',
        sizeBytes: png.length,
        format: 'IMAGE',
        url: `/api/files/${file.id}/content`,
        createdAt: expect.any(String),
        createdBy: { id: caller.userId, name: expect.any(String) },
      });
      expect(await readFile(join(dataDir, 'files', file.id))).toEqual(png);
      expect(await files.read(file.id)).toEqual(png);
      const row = await database
        .sql()
        .selectFrom('LibraryFile')
        .selectAll()
        .where('id', '=', file.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        organisation: caller.organisationId,
        format: 'IMAGE',
        sizeBytes: png.length,
        sha256: createHash('sha256').update(png).digest('hex'),
        platformMedia: {},
        createdBy: caller.userId,
      });
      expect((await files.list(caller)).map((listed) => listed.id)).toEqual([file.id]);
      expect(await files.list(caller, 'VIDEO')).toEqual([]);
    });

    it('takes JPEG, MP4 and PDF as image, video and document', async () => {
      expect((await files.upload(caller, 'a.jpg', 'image/jpeg', png)).format).toBe('IMAGE');
      expect((await files.upload(caller, 'a.mp4', 'video/mp4', png)).format).toBe('VIDEO');
      expect((await files.upload(caller, 'a.pdf', 'application/pdf', png)).format).toBe('DOCUMENT');
    });

    it('refuses a type WhatsApp does not take in a header (415 UNSUPPORTED_MEDIA_TYPE)', async () => {
      const error = await refusal(files.upload(caller, 'cat.gif', 'image/gif', png));
      expect(error).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(error.message).toContain('image/gif files are not taken; use image/jpeg, image/png, video/mp4');
      expect(await database.sql().selectFrom('LibraryFile').selectAll().execute()).toEqual([]);
    });

    it('refuses an image over 5 MB (413 FILE_TOO_LARGE), though a video may be that big', async () => {
      const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1);
      const error = await refusal(files.upload(caller, 'big.png', 'image/png', big));
      expect(error).toMatchObject({
        status: 413,
        code: 'FILE_TOO_LARGE',
        message: 'an image is at most 5 MB; this one is 5.0 MB',
      });
      expect((await files.upload(caller, 'big.mp4', 'video/mp4', big)).sizeBytes).toBe(big.length);
    });

    it('refuses an empty file', async () => {
      expect(await refusal(files.upload(caller, 'empty.png', 'image/png', Buffer.alloc(0)))).toMatchObject({
        status: 400,
        code: 'INVALID_INPUT',
      });
    });
  });

  it('keeps each organisation’s files to itself', async () => {
    const file = await files.upload(caller, 'box.png', 'image/png', png);
    const stranger = await createUser(database, await createOrganisation(database, 'premium', 'Other'));
    expect(await files.list(stranger)).toEqual([]);
    expect(await refusal(files.get(stranger.organisationId, file.id))).toMatchObject({ status: 404 });
    expect(await refusal(files.mediaId(stranger.organisationId, file.id, accessFor('1')))).toMatchObject({
      status: 404,
    });
    expect(uploads).toEqual([]);
  });

  describe('mediaId', () => {
    it('uploads once per number and reuses the id for 29 days, then uploads again', async () => {
      const file = await files.upload(caller, 'box.png', 'image/png', png);
      const access = accessFor('100000000000001');
      const start = new Date('2026-11-01T00:00:00.000Z');
      expect(await files.mediaId(caller.organisationId, file.id, access, start)).toBe('media-1');
      expect(uploads).toEqual([
        { phoneNumberId: '100000000000001', data: png, mimeType: 'image/png', filename: 'box.png' },
      ]);
      const almost = new Date(start.getTime() + 29 * dayMs - 1);
      expect(await files.mediaId(caller.organisationId, file.id, access, almost)).toBe('media-1');
      expect(uploads).toHaveLength(1);

      // another number of the account has media ids of its own
      expect(await files.mediaId(caller.organisationId, file.id, accessFor('100000000000002'), almost)).toBe(
        'media-2',
      );

      const later = new Date(start.getTime() + 29 * dayMs);
      expect(await files.mediaId(caller.organisationId, file.id, access, later)).toBe('media-3');
      expect(uploads).toHaveLength(3);
      expect((await files.get(caller.organisationId, file.id)).platformMedia).toEqual({
        '100000000000001': { mediaId: 'media-3', uploadedAt: later.toISOString() },
        '100000000000002': { mediaId: 'media-2', uploadedAt: almost.toISOString() },
      });
      expect(await files.mediaId(caller.organisationId, file.id, access, later)).toBe('media-3');
      expect(uploads).toHaveLength(3);
    });
  });

  describe('headerHandle', () => {
    it('uploads the file for WhatsApp’s reviewers with the app’s id, each time', async () => {
      const file = await files.upload(caller, 'box.png', 'image/png', png);
      expect(await files.headerHandle(caller.organisationId, file.id, accessFor('1'))).toBe('4::handle-1');
      expect(await files.headerHandle(caller.organisationId, file.id, accessFor('1'))).toBe('4::handle-2');
      expect(handles).toEqual([
        { appId: '123456', mimeType: 'image/png' },
        { appId: '123456', mimeType: 'image/png' },
      ]);
    });

    it('cannot upload without WHATSAPP_APP_ID', async () => {
      const without = new LibraryFiles(parseConfig({ DATA_DIR: dataDir }), database);
      const file = await without.upload(caller, 'box.png', 'image/png', png);
      await expect(without.headerHandle(caller.organisationId, file.id, accessFor('1'))).rejects.toThrow(
        /WHATSAPP_APP_ID is not set/,
      );
    });
  });
});
