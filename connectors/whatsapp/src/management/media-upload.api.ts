import { ConnectorSendError, type MediaKind } from '@parley/connector-sdk';
import { z } from 'zod';
import { graphPath } from '../graph-request.js';
import { whatsappManifest } from '../manifest.js';
import { authorizedCall, type ManagementContext } from './management-request.js';

export interface MediaUpload {
  data: Uint8Array | Blob;
  mimeType: string;
  filename?: string;
  /** Which kind the media will be sent as; by default the first kind accepting the MIME type. */
  kind?: MediaKind;
}

const uploadedSchema = z.object({ id: z.string().min(1) });

/** The media kind WhatsApp accepts this MIME type as, with its size limit. */
export function mediaKindFor(
  mimeType: string,
  kind?: MediaKind,
): { kind: MediaKind; maxBytes: number } | undefined {
  const entries = Object.entries(whatsappManifest.capabilities.media) as [
    MediaKind,
    { maxBytes: number; mimeTypes: readonly string[] },
  ][];
  const found = entries.find(
    ([candidate, limits]) =>
      (kind === undefined || kind === candidate) && limits.mimeTypes.includes(mimeType),
  );
  return found && { kind: found[0], maxBytes: found[1].maxBytes };
}

export function mediaUploadApi(context: ManagementContext) {
  return {
    /**
     * `POST /{phone-number-id}/media` (multipart: messaging_product, type, file) → a media id to send
     * by. Types and sizes WhatsApp refuses fail first, as a permanent `invalid_request`.
     */
    async uploadMedia(phoneNumberId: string, upload: MediaUpload): Promise<{ id: string }> {
      const accepted = mediaKindFor(upload.mimeType, upload.kind);
      const size = upload.data instanceof Blob ? upload.data.size : upload.data.byteLength;
      if (!accepted)
        throw new ConnectorSendError(
          `WhatsApp does not take ${upload.mimeType} media`,
          'invalid_request',
          false,
        );
      if (size > accepted.maxBytes) {
        throw new ConnectorSendError(
          `${accepted.kind} is ${size} bytes; the limit is ${accepted.maxBytes}`,
          'invalid_request',
          false,
        );
      }
      const form = new FormData();
      form.set('messaging_product', 'whatsapp');
      form.set('type', upload.mimeType);
      const file =
        upload.data instanceof Blob
          ? upload.data
          : new Blob([upload.data as Uint8Array<ArrayBuffer>], { type: upload.mimeType });
      form.set('file', file, upload.filename ?? `upload.${upload.mimeType.split('/')[1] ?? 'bin'}`);
      return authorizedCall(
        context,
        { method: 'POST', path: graphPath(phoneNumberId, 'media'), body: form },
        uploadedSchema,
      );
    },
  };
}
