import { describe, expect, it } from 'vitest';
import { message } from './fixtures.test-support';
import { readKey } from './read-receipts';

describe('readKey', () => {
  it('changes when the conversation is opened and when the customer writes, not when we do', () => {
    const inbound = message('m1', 1, { direction: 'inbound', status: 'received' });
    const base = readKey('c1', [inbound]);
    expect(base).toBe('c1:m1');
    expect(readKey('c1', [inbound, message('m2', 2)])).toBe(base);
    expect(readKey('c1', [inbound, message('m3', 3, { direction: 'inbound' })])).toBe('c1:m3');
    expect(readKey('c2', [])).toBe('c2:');
  });
});
