import { describe, expect, it } from 'vitest';
import { verifySubscription } from './handshake.js';

const token = 'verify-me';

describe('webhook subscription handshake', () => {
  it('echoes the challenge when mode is subscribe and the token matches', () => {
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': token, 'hub.challenge': '1158201444' };
    expect(verifySubscription(token, query)).toEqual({ ok: true, body: '1158201444' });
  });

  it.each([
    ['a wrong token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-you', 'hub.challenge': 'c' }],
    ['a token of another length', { 'hub.mode': 'subscribe', 'hub.verify_token': 'v', 'hub.challenge': 'c' }],
    ['another mode', { 'hub.mode': 'unsubscribe', 'hub.verify_token': token, 'hub.challenge': 'c' }],
    ['no token', { 'hub.mode': 'subscribe', 'hub.challenge': 'c' }],
    ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': token }],
    [
      'repeated parameters',
      { 'hub.mode': 'subscribe', 'hub.verify_token': [token, token], 'hub.challenge': 'c' },
    ],
  ])('refuses %s', (_case, query) => {
    expect(verifySubscription(token, query)).toEqual({ ok: false });
  });
});
