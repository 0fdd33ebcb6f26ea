import { timingSafeStringEqual, type HandshakeResult, type Query } from '@parley/connector-sdk';

const parameters = ['hub.mode', 'hub.verify_token', 'hub.challenge'] as const;

/**
 * Meta's webhook subscription check: `hub.mode=subscribe` and the agreed token → echo
 * `hub.challenge`. A parameter missing, empty or given twice, or another mode, is `invalid`
 * (answered 400, naming the parameter); a token that does not match is `forbidden` (403).
 */
export function verifySubscription(verifyToken: string, query: Query): HandshakeResult {
  const values: Partial<Record<(typeof parameters)[number], string>> = {};
  for (const name of parameters) {
    const value = query[name];
    if (Array.isArray(value) && value.length > 1) return invalid(`${name} is given more than once`);
    const single = Array.isArray(value) ? value[0] : value;
    if (single === undefined || single === '') return invalid(`${name} is missing`);
    values[name] = single;
  }
  if (values['hub.mode'] !== 'subscribe') return invalid('hub.mode must be subscribe');
  if (!timingSafeStringEqual(values['hub.verify_token'] ?? '', verifyToken))
    return { ok: false, reason: 'forbidden', message: 'the verify token does not match' };
  return { ok: true, body: values['hub.challenge'] ?? '' };
}

function invalid(message: string): HandshakeResult {
  return { ok: false, reason: 'invalid', message };
}
