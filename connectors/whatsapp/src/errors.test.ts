import { ConnectorSendError } from '@parley/connector-sdk';
import { describe, expect, it } from 'vitest';
import { classifyGraphError, graphSendError, networkSendError, whatsappErrorTable } from './errors.js';

function envelope(code: number, extra: Record<string, unknown> = {}) {
  return {
    error: { message: `(#${code}) message`, type: 'OAuthException', code, fbtrace_id: 'AbCdEf', ...extra },
  };
}

describe('graphSendError', () => {
  it.each([
    // [http status, Meta code, retryable, why]
    [400, 130429, true, 'throughput limit reached'],
    [400, 131056, true, 'pair rate limit'],
    [400, 131057, true, 'throughput upgrade in progress'],
    [500, 131000, true, 'something went wrong'],
    [503, 131016, true, 'service unavailable'],
    [400, 131047, false, 'customer service window closed'],
    [400, 131026, false, 'message undeliverable'],
    [400, 470, false, 'On-Premises re-engagement: outside the window'],
    [500, 470, false, 'On-Premises re-engagement, whatever the HTTP status'],
    [400, 131051, false, 'unsupported message type'],
    [400, 131008, false, 'required parameter missing'],
    [500, 131009, false, 'parameter value not valid, whatever the HTTP status'],
    [400, 80007, true, 'WABA rate limit'],
    [400, 4, true, 'application request limit'],
    [400, 131000, true, 'something went wrong, on a 4xx too'],
    [400, 131049, false, 'per-user marketing limit, final for this send'],
    [400, 131062, false, 'BSUID recipients not supported for this message'],
    [400, 132000, false, 'template parameter count mismatch'],
    [400, 132001, false, 'template does not exist'],
    [400, 132015, false, 'template paused'],
    [400, 132016, false, 'template disabled'],
    [400, 132005, false, 'template text too long'],
    [400, 132007, false, 'template format policy'],
    [400, 132012, false, 'template parameter format mismatch'],
    [400, 132018, false, 'template parameters invalid'],
    [400, 132068, false, 'flow blocked'],
    [400, 132069, false, 'flow throttled'],
    [400, 133016, false, 'registration locked after too many tries'],
    [400, 132999, false, 'any other template error'],
    [401, 190, false, 'access token expired'],
    [401, 0, false, 'authentication exception'],
    [403, 10, false, 'permission denied'],
    [403, 200, false, 'permission error'],
    [400, 100, false, 'invalid parameter'],
    [400, 131999, false, 'other 4xx: an unlisted code'],
    [500, 999999, true, 'unknown code on a 5xx'],
  ])('HTTP %i code %i → retryable %s (%s)', (status, code, retryable) => {
    const error = graphSendError(status, envelope(code));
    expect(error).toBeInstanceOf(ConnectorSendError);
    expect(error).toMatchObject({ platformCode: String(code), retryable, httpStatus: status });
  });

  it('says how long to wait after a rate limit', () => {
    expect(graphSendError(400, envelope(130429))).toMatchObject({ retryable: true, retryAfterMs: 1_000 });
    expect(graphSendError(400, envelope(131056))).toMatchObject({ retryable: true, retryAfterMs: 6_000 });
    expect(graphSendError(400, envelope(131057)).retryAfterMs).toBeUndefined();
  });

  it("trusts Meta's is_transient for a code it does not list", () => {
    expect(graphSendError(400, envelope(999, { is_transient: true }))).toMatchObject({
      platformCode: '999',
      retryable: true,
    });
    expect(graphSendError(400, envelope(100, { is_transient: true }))).toMatchObject({ retryable: false });
  });

  it('keeps a table entry for every code it classifies, with a meaning', () => {
    for (const [code, entry] of Object.entries(whatsappErrorTable)) {
      expect(entry.meaning.length, code).toBeGreaterThan(0);
      expect(classifyGraphError(400, Number(code))).toBe(entry);
    }
  });

  it("keeps Meta's message, details and fbtrace_id in the message", () => {
    const error = graphSendError(
      400,
      envelope(131047, {
        error_subcode: 2494010,
        error_data: { messaging_product: 'whatsapp', details: 'Window closed' },
      }),
    );
    expect(error.message).toBe('(#131047) message: Window closed (fbtrace_id AbCdEf)');
  });

  it('keeps the code of an envelope whose error_data is not what Meta documents', () => {
    const odd = graphSendError(400, envelope(131047, { error_data: { details: { text: 'closed' } } }));
    expect(odd).toMatchObject({ platformCode: '131047', retryable: false });
    expect(odd.message).toBe('(#131047) message (fbtrace_id AbCdEf)');
    expect(graphSendError(400, envelope(131026, { error_data: 'gone' }))).toMatchObject({
      platformCode: '131026',
    });
  });

  it('classifies bodies without an envelope by HTTP status', () => {
    expect(graphSendError(502, undefined)).toMatchObject({
      platformCode: 'http_502',
      retryable: true,
      httpStatus: 502,
    });
    expect(graphSendError(429, { oops: true })).toMatchObject({ platformCode: 'http_429', retryable: true });
    expect(graphSendError(404, '<html>')).toMatchObject({ platformCode: 'http_404', retryable: false });
    expect(graphSendError(401, {})).toMatchObject({ platformCode: 'http_401', retryable: false });
  });
});

describe('networkSendError', () => {
  it('is retryable with platform code "network", and says when it was a timeout', () => {
    const refused = networkSendError(new TypeError('fetch failed'));
    expect(refused).toMatchObject({ platformCode: 'network', retryable: true, httpStatus: undefined });
    expect(refused.message).toContain('fetch failed');
    const timeout = networkSendError(
      new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    );
    expect(timeout).toMatchObject({ platformCode: 'network', retryable: true });
    expect(timeout.message).toContain('timed out');
  });
});
