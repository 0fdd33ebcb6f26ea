import { timingSafeStringEqual, type HandshakeResult, type Query } from '@parley/connector-sdk';

/** Meta's webhook subscription check: `hub.mode=subscribe` and the agreed token → echo `hub.challenge`. */
export function verifySubscription(verifyToken: string, query: Query): HandshakeResult {
  const mode = single(query['hub.mode']);
  const token = single(query['hub.verify_token']);
  const challenge = single(query['hub.challenge']);
  if (mode !== 'subscribe' || token === undefined || !challenge) return { ok: false };
  return timingSafeStringEqual(token, verifyToken) ? { ok: true, body: challenge } : { ok: false };
}

function single(value: string | string[] | undefined): string | undefined {
  if (Array.isArray(value)) return value.length === 1 ? value[0] : undefined;
  return value;
}
