import { randomBytes } from 'node:crypto';

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  /** Where the file server has it: `{folder}/file_{n}.{extension}`, as in Telegram. */
  filePath: string;
  size: number;
  /** Bytes a customer sent; files the bot sent by URL have none (the stand-in does not fetch URLs). */
  content?: Buffer;
}

/** Files known to the stand-in, by the file_id it gave out and by path. */
export class FileStore {
  private readonly files = new Map<string, StoredFile>();

  add(folder: string, extension: string, content?: Buffer): StoredFile {
    const file: StoredFile = {
      fileId: `${folder.slice(0, 3).toUpperCase()}AC${randomBytes(18).toString('base64url')}`,
      fileUniqueId: randomBytes(8).toString('base64url'),
      filePath: `${folder}/file_${this.files.size}.${extension}`,
      size: content?.length ?? 0,
      ...(content ? { content } : {}),
    };
    this.files.set(file.fileId, file);
    return file;
  }

  get(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  byPath(filePath: string): StoredFile | undefined {
    return [...this.files.values()].find((file) => file.filePath === filePath);
  }
}
