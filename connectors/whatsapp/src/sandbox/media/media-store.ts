import { createHash } from 'node:crypto';
import { newGraphId } from '../meta-payloads.js';

export interface MediaRecord {
  id: string;
  /** The business number it belongs to: the uploader, or the receiver of a customer's media. */
  phoneNumberId: string;
  mimeType: string;
  data: Buffer;
  sha256Hex: string;
  sha256Base64: string;
  filename?: string;
}

/** Uploaded media and media customers sent, by id. */
export class MediaStore {
  private readonly byId = new Map<string, MediaRecord>();

  add(input: { phoneNumberId: string; mimeType: string; data: Buffer; filename?: string }): MediaRecord {
    const digest = createHash('sha256').update(input.data).digest();
    const record = {
      ...input,
      id: newGraphId(),
      sha256Hex: digest.toString('hex'),
      sha256Base64: digest.toString('base64'),
    };
    this.byId.set(record.id, record);
    return record;
  }

  get(id: string): MediaRecord | undefined {
    return this.byId.get(id);
  }

  delete(id: string): boolean {
    return this.byId.delete(id);
  }
}
