import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { composerLocked, windowClosedOf } from './composer-lock';

const now = new Date('2025-03-01T10:00:00.000Z');
const window = (expiresAt: string | null, unlimited = false) => ({
  unlimited,
  expiresAt,
  entryPointExpiresAt: null,
});
const later = '2025-03-01T12:00:00.000Z';
const earlier = '2025-03-01T09:00:00.000Z';
const refusal = {
  code: 'WINDOW_CLOSED' as const,
  message: 'The customer service window is closed',
  templates: [
    {
      id: '99999999-9999-4999-8999-999999999999',
      name: 'follow_up',
      language: 'ja',
      category: 'UTILITY' as const,
    },
  ],
  fallbackTemplate: { id: '99999999-9999-4999-8999-999999999999', name: 'follow_up', language: 'ja' },
};

describe('composerLocked', () => {
  it('locks once the window has run out, never for a channel without one', () => {
    expect(composerLocked(window(later), now, null)).toBe(false);
    expect(composerLocked(window(earlier), now, null)).toBe(true);
    expect(composerLocked(window(null), now, null)).toBe(true);
    expect(composerLocked(window(null, true), now, null)).toBe(false);
  });

  it('keeps the engine’s refusal until the window moves (the customer wrote again)', () => {
    const lock = { error: refusal, expiresAt: later };
    expect(composerLocked(window(later), now, lock)).toBe(true);
    expect(composerLocked(window('2025-03-02T10:00:00.000Z'), now, lock)).toBe(false);
  });
});

describe('windowClosedOf', () => {
  it('reads the templates and the fallback from a WINDOW_CLOSED answer', () => {
    const error = new ApiError('WINDOW_CLOSED', refusal.message, 409, [], refusal);
    expect(windowClosedOf(error)).toEqual(refusal);
  });

  it('still locks when the answer lacks its lists, and ignores other errors', () => {
    const bare = new ApiError('WINDOW_CLOSED', 'closed', 409, [], {
      code: 'WINDOW_CLOSED',
      message: 'closed',
    });
    expect(windowClosedOf(bare)).toEqual({
      code: 'WINDOW_CLOSED',
      message: 'closed',
      templates: [],
      fallbackTemplate: null,
    });
    expect(windowClosedOf(new ApiError('NO_FALLBACK_TEMPLATE', 'none', 409))).toBeNull();
    expect(windowClosedOf(new Error('x'))).toBeNull();
  });
});
