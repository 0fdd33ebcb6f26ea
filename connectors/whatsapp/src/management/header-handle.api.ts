import { ConnectorSendError } from '@parley/connector-sdk';
import { z } from 'zod';
import { graphPath, type GraphCall } from '../graph-request.js';
import { authorizedCall, validInput, type ManagementContext } from './management-request.js';

/** The header formats whose template example is an uploaded file (`example.header_handle`). */
export type HeaderMediaFormat = 'IMAGE' | 'VIDEO' | 'DOCUMENT';

const MB = 1024 * 1024;

/** What WhatsApp takes as a media header's sample, per format (Meta's template header limits). */
export const headerMediaLimits: Readonly<
  Record<HeaderMediaFormat, { mimeTypes: readonly string[]; maxBytes: number }>
> = {
  IMAGE: { mimeTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * MB },
  VIDEO: { mimeTypes: ['video/mp4'], maxBytes: 16 * MB },
  DOCUMENT: { mimeTypes: ['application/pdf'], maxBytes: 100 * MB },
};

export interface HeaderHandleUpload {
  data: Uint8Array | Blob;
  mimeType: string;
  /** Meta's `file_name`; `header.<subtype>` by default. */
  filename?: string;
}

/** The header format a sample of this MIME type is for (`image/png; x=y` counts as image/png), if any. */
export function headerMediaFormatFor(mimeType: string): HeaderMediaFormat | undefined {
  const base = baseMimeType(mimeType);
  return (Object.keys(headerMediaLimits) as HeaderMediaFormat[]).find((format) =>
    headerMediaLimits[format].mimeTypes.includes(base),
  );
}

const appIdSchema = z.string().regex(/^\d+$/, 'must be digits');
const sessionSchema = z.object({ id: z.string().regex(/^upload:\S+$/, 'must be an upload session id') });
const uploadedSchema = z.object({ h: z.string().min(1) });

function baseMimeType(mimeType: string): string {
  return mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A sample WhatsApp would refuse, as a permanent `invalid_request` naming the limit. */
function checkSample(mimeType: string, size: number): void {
  const format = headerMediaFormatFor(mimeType);
  if (!format) {
    const accepted = Object.entries(headerMediaLimits)
      .map(([name, limits]) => `${limits.mimeTypes.join(' or ')} (${name})`)
      .join(', ');
    throw new ConnectorSendError(
      `WhatsApp does not take ${mimeType} as a template header sample; it takes ${accepted}`,
      'invalid_request',
      false,
    );
  }
  const { maxBytes } = headerMediaLimits[format];
  if (size === 0) throw new ConnectorSendError('The header sample is empty', 'invalid_request', false);
  if (size > maxBytes)
    throw new ConnectorSendError(
      `The ${format} header sample is ${size} bytes; the limit is ${maxBytes} (${maxBytes / MB} MB)`,
      'invalid_request',
      false,
    );
}

/**
 * The upload session id as Meta returns it (`upload:…`, possibly with a `?sig=…` query) as a call:
 * the id goes into the path as it is, colon included, as Meta's samples send it.
 */
function sessionCall(sessionId: string): Pick<GraphCall, 'path' | 'query'> {
  const [path = '', query] = sessionId.split(/\?(.*)/s);
  return {
    path: graphPath(path).replace(/%3A/gi, ':'),
    query: Object.fromEntries(new URLSearchParams(query ?? '')),
  };
}

/** Meta's Resumable Upload API, for the samples (`example.header_handle`) of media template headers. */
export function headerHandleApi(context: ManagementContext) {
  return {
    /**
     * Uploads a media header's sample and returns its handle: `POST /{app-id}/uploads?file_name&
     * file_length&file_type` opens a session (`{id: "upload:…"}`), then `POST /{session-id}` with
     * `Authorization: OAuth <token>`, `file_offset: 0` and the bytes answers `{h}`. A type or size
     * WhatsApp refuses (see `headerMediaLimits`) fails first, as a permanent `invalid_request`.
     */
    async uploadHeaderHandle(appId: string, upload: HeaderHandleUpload): Promise<{ handle: string }> {
      const app = validInput(appIdSchema, appId, 'app id');
      const size = upload.data instanceof Blob ? upload.data.size : upload.data.byteLength;
      checkSample(upload.mimeType, size);
      const fileType = baseMimeType(upload.mimeType);
      const session = await authorizedCall(
        context,
        {
          method: 'POST',
          path: graphPath(app, 'uploads'),
          query: {
            file_name: upload.filename ?? `header.${fileType.split('/')[1] ?? 'bin'}`,
            file_length: size,
            file_type: fileType,
          },
        },
        sessionSchema,
      );
      const uploaded = await authorizedCall(
        context,
        {
          method: 'POST',
          ...sessionCall(session.id),
          authScheme: 'OAuth',
          headers: { file_offset: '0', 'Content-Type': 'application/octet-stream' },
          body: upload.data,
        },
        uploadedSchema,
      );
      return { handle: uploaded.h };
    },
  };
}
