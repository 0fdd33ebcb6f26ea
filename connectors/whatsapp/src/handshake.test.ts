import { describe, expect, it } from 'vitest';
import { verifySubscription } from './handshake.js';

const token = 'verify-me';
const valid = { 'hub.mode': 'subscribe', 'hub.verify_token': token, 'hub.challenge': '1158201444' };

describe('webhook subscription handshake', () => {
  it('echoes the challenge when mode is subscribe and the token matches', () => {
    expect(verifySubscription(token, valid)).toEqual({ ok: true, body: '1158201444' });
    expect(verifySubscription(token, { ...valid, 'hub.challenge': ['42'] })).toEqual({
      ok: true,
      body: '42',
    });
  });

  it.each([
    ['a wrong token', { ...valid, 'hub.verify_token': 'verify-you' }],
    ['a token of another length', { ...valid, 'hub.verify_token': 'v' }],
  ])('forbids %s', (_case, query) => {
    expect(verifySubscription(token, query)).toEqual({
      ok: false,
      reason: 'forbidden',
      message: 'the verify token does not match',
    });
  });

  it.each([
    ['another mode', { ...valid, 'hub.mode': 'unsubscribe' }, 'hub.mode must be subscribe'],
    ['no mode', { ...valid, 'hub.mode': undefined }, 'hub.mode is missing'],
    ['no token', { ...valid, 'hub.verify_token': undefined }, 'hub.verify_token is missing'],
    ['no challenge', { ...valid, 'hub.challenge': undefined }, 'hub.challenge is missing'],
    ['an empty challenge', { ...valid, 'hub.challenge': '' }, 'hub.challenge is missing'],
    [
      'a repeated token',
      { ...valid, 'hub.verify_token': [token, token] },
      'hub.verify_token is given more than once',
    ],
  ])('refuses %s as invalid, naming the parameter', (_case, query, message) => {
    expect(verifySubscription(token, query)).toEqual({ ok: false, reason: 'invalid', message });
  });
});
