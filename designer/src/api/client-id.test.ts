import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newClientId } from './client-id';

describe('newClientId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a new UUID each time, as the contract takes it', () => {
    const a = newClientId();
    expect(z.uuid().safeParse(a).success).toBe(true);
    expect(newClientId()).not.toBe(a);
  });

  it('makes a version 4 UUID without randomUUID (outside a secure context)', () => {
    vi.stubGlobal('isSecureContext', false);
    const id = newClientId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(id).success).toBe(true);
  });
});
