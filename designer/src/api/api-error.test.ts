import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ApiError, badResponse, parseApiError, toApiError } from './api-error';
import { shouldRetry } from './query-client';

describe('parseApiError', () => {
  it('reads the engine’s error body with the fields at fault', () => {
    const error = parseApiError(400, {
      code: 'INVALID_INPUT',
      message: 'Invalid body: email: Invalid email address',
      issues: [{ path: 'email', message: 'Invalid email address' }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', status: 400 });
    expect(error.issues).toEqual([{ path: 'email', message: 'Invalid email address' }]);
  });

  it('keeps the server’s message, e.g. how long a sign-in stays locked', () => {
    const error = parseApiError(429, { code: 'SIGN_IN_LOCKED', message: 'try again in 14 min' });
    expect(error.message).toBe('try again in 14 min');
    expect(error.issues).toEqual([]);
  });

  it('keeps the whole answer, for errors that carry more (WINDOW_CLOSED’s templates)', () => {
    const body = { code: 'WINDOW_CLOSED', message: 'closed', templates: [], fallbackTemplate: null };
    expect(parseApiError(409, body).body).toEqual(body);
  });

  it('names the status when the body is not the contract’s', () => {
    expect(parseApiError(502, '<html>Bad gateway</html>')).toMatchObject({ code: 'HTTP_502', status: 502 });
    expect(parseApiError(500, { error: 'x' })).toMatchObject({ code: 'HTTP_500' });
    expect(parseApiError(404, null)).toMatchObject({ code: 'HTTP_404' });
  });
});

describe('toApiError and badResponse', () => {
  it('treats anything else as a transport problem', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NETWORK', status: 0 });
    const known = new ApiError('FORBIDDEN', 'no', 403);
    expect(toApiError(known)).toBe(known);
  });

  it('says where an answer left the contract', () => {
    const result = z.object({ items: z.array(z.string()) }).safeParse({ items: [1] });
    if (result.success) throw new Error('expected a failure');
    const error = badResponse('/api/users', 200, result.error);
    expect(error.code).toBe('BAD_RESPONSE');
    expect(error.message).toContain('/api/users');
    expect(error.message).toContain('items.0');
  });
});

describe('shouldRetry', () => {
  it('retries transport and server failures twice, never a client error', () => {
    expect(shouldRetry(0, new ApiError('NETWORK', '', 0))).toBe(true);
    expect(shouldRetry(1, new ApiError('HTTP_503', '', 503))).toBe(true);
    expect(shouldRetry(2, new ApiError('HTTP_503', '', 503))).toBe(false);
    expect(shouldRetry(0, new ApiError('NOT_FOUND', '', 404))).toBe(false);
    expect(shouldRetry(0, new ApiError('UNAUTHENTICATED', '', 401))).toBe(false);
  });
});
