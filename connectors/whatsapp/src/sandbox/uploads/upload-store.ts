import { randomBytes, randomUUID } from 'node:crypto';

export interface UploadSession {
  /** `upload:…`, the path segment of the file step. */
  id: string;
  /** The `sig` query parameter the file step must carry. */
  sig: string;
  fileName: string;
  fileLength: number;
  fileType: string;
}

/** An uploaded file, known by the handle (`h`) templates use as `example.header_handle`. */
export interface UploadedFile {
  handle: string;
  fileName: string;
  mimeType: string;
  size: number;
  data: Buffer;
}

/** Resumable Upload API sessions (until their file arrives) and the handles of uploaded files. */
export class UploadStore {
  private readonly sessions = new Map<string, UploadSession>();
  private readonly files = new Map<string, UploadedFile>();

  open(file: { fileName: string; fileLength: number; fileType: string }): UploadSession {
    const described = `1:attachment:${randomUUID()}?file_length=${file.fileLength}&file_type=${encodeURIComponent(file.fileType)}`;
    const session = {
      ...file,
      id: `upload:${Buffer.from(described).toString('base64url')}`,
      sig: randomBytes(12).toString('base64url'),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  session(id: string, sig: string | undefined): UploadSession | undefined {
    const session = this.sessions.get(id);
    return session && session.sig === sig ? session : undefined;
  }

  /** Ends the session with its file; the handle names it from now on. */
  complete(session: UploadSession, data: Buffer): UploadedFile {
    this.sessions.delete(session.id);
    const handle = `4::${Buffer.from(session.fileType).toString('base64')}:${randomBytes(24).toString('base64url')}`;
    const file = { handle, fileName: session.fileName, mimeType: session.fileType, size: data.length, data };
    this.files.set(handle, file);
    return file;
  }

  file(handle: string): UploadedFile | undefined {
    return this.files.get(handle);
  }
}
