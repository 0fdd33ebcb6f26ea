import { describe, expect, it } from 'vitest';
import { libraryFileSchema, listFilesQuery, uploadFileQuery } from './library-file.schema.js';

const id = '0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b';
const file = {
  id,
  filename: '夏のセール.jpg',
  mimeType: 'image/jpeg',
  sizeBytes: 482_133,
  format: 'IMAGE',
  url: `/api/files/${id}/content`,
  createdAt: '2025-06-15T12:00:00.000Z',
  createdBy: { id, name: '山田太郎' },
};

describe('library files', () => {
  it('take a file as the API gives it', () => {
    expect(libraryFileSchema.parse(file)).toEqual(file);
    expect(libraryFileSchema.parse({ ...file, createdBy: null }).createdBy).toBeNull();
  });

  it('are of a header format only', () => {
    for (const format of ['IMAGE', 'VIDEO', 'DOCUMENT'])
      expect(libraryFileSchema.safeParse({ ...file, format }).success).toBe(true);
    expect(libraryFileSchema.safeParse({ ...file, format: 'AUDIO' }).success).toBe(false);
    expect(libraryFileSchema.safeParse({ ...file, sizeBytes: 1.5 }).success).toBe(false);
    expect(libraryFileSchema.safeParse({ ...file, createdAt: '2025-06-15' }).success).toBe(false);
  });

  it('are listed by format, or all', () => {
    expect(listFilesQuery.parse({})).toEqual({});
    expect(listFilesQuery.parse({ format: 'VIDEO' })).toEqual({ format: 'VIDEO' });
    expect(listFilesQuery.safeParse({ format: 'image' }).success).toBe(false);
  });

  it('are uploaded under a trimmed name of 1 to 200 characters', () => {
    expect(uploadFileQuery.parse({ filename: '  カタログ 2025.pdf ' })).toEqual({
      filename: 'カタログ 2025.pdf',
    });
    expect(uploadFileQuery.safeParse({ filename: '   ' }).success).toBe(false);
    expect(uploadFileQuery.safeParse({ filename: `${'a'.repeat(197)}.pdf` }).success).toBe(false);
    expect(uploadFileQuery.safeParse({ filename: `${'a'.repeat(196)}.pdf` }).success).toBe(true);
  });
});
