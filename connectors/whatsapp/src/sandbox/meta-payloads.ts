import { randomBytes, randomInt } from 'node:crypto';

/** A new message id shaped like Meta's (`wamid.` + base64). */
export function newWamid(): string {
  return `wamid.${randomBytes(27).toString('base64')}`;
}

export function newFbtraceId(): string {
  return randomBytes(8).toString('base64url');
}

/** A numeric Graph object id (templates, media) below 2^53, so it also fits a JSON number. */
export function newGraphId(): string {
  return String(1_000_000_000_000_000 + randomInt(0, 2 ** 47));
}

export function unixSeconds(at: Date | number): string {
  return String(Math.floor((typeof at === 'number' ? at : at.getTime()) / 1000));
}

export interface GraphErrorFields {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  details?: string;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
}

/** `{ error: { message, type, code, … , fbtrace_id } }`, the Graph API's error body. */
export function graphErrorBody(error: GraphErrorFields) {
  const { details, ...rest } = error;
  return {
    error: {
      ...rest,
      ...(details === undefined ? {} : { error_data: { messaging_product: 'whatsapp', details } }),
      fbtrace_id: newFbtraceId(),
    },
  };
}
