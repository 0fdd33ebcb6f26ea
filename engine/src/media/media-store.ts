import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Media files in the data folder, one file per media row, written atomically. */
export class MediaStore {
  constructor(private readonly dir: string) {}

  path(mediaId: string): string {
    return join(this.dir, mediaId);
  }

  async write(mediaId: string, data: Buffer): Promise<{ sha256: string; sizeBytes: number }> {
    await mkdir(this.dir, { recursive: true });
    const target = this.path(mediaId);
    const partial = `${target}.partial`;
    await writeFile(partial, data);
    await rename(partial, target);
    return { sha256: createHash('sha256').update(data).digest('hex'), sizeBytes: data.length };
  }
}
