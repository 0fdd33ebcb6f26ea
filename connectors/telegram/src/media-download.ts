import { ConnectorSendError, type DownloadedMedia } from '@parley/connector-sdk';
import { z } from 'zod';
import { invalidResponse, type BotApiClient } from './bot-api.client.js';

const fileSchema = z.object({ file_id: z.string(), file_path: z.string().min(1).optional() });

const mimeTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  pdf: 'application/pdf',
  zip: 'application/zip',
  tgs: 'application/x-tgsticker',
};

/**
 * Fetches a file a customer sent: getFile gives its path, then the file server gives its bytes.
 * Telegram lets bots download files of up to 20 MB; getFile refuses bigger ones (400, permanent).
 */
export async function downloadTelegramFile(api: BotApiClient, fileId: string): Promise<DownloadedMedia> {
  const file = fileSchema.safeParse(await api.call('getFile', { file_id: fileId }));
  if (!file.success) throw invalidResponse('getFile');
  const path = file.data.file_path;
  if (path === undefined) {
    throw new ConnectorSendError('Telegram gave no download path for this file', 'file_unavailable', false);
  }
  const { data, contentType } = await api.download(path);
  const filename = path.split('/').at(-1) ?? path;
  return { data, mimeType: mimeTypeOf(contentType, filename), filename };
}

/** The file server mostly answers application/octet-stream, so the extension decides then. */
function mimeTypeOf(contentType: string | undefined, filename: string): string {
  const declared = contentType?.split(';')[0]?.trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream') return declared;
  const extension = filename.includes('.') ? filename.split('.').at(-1)?.toLowerCase() : undefined;
  return (extension && mimeTypes[extension]) || 'application/octet-stream';
}
