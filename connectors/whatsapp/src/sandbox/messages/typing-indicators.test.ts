import { describe, expect, it } from 'vitest';
import { TYPING_INDICATOR_MS, TypingIndicators } from './typing-indicators.js';

describe('TypingIndicators', () => {
  it('shows each number typing to a customer for 25 s, until stopped, following a new phone number', () => {
    const typing = new TypingIndicators();
    typing.start('n1', 'c1', 1_000);
    typing.start('n2', 'c1', 2_000);
    expect(typing.typingTo('c1', 1_000 + TYPING_INDICATOR_MS - 1)).toEqual(['n1', 'n2']);
    expect(typing.typingTo('c1', 1_000 + TYPING_INDICATOR_MS)).toEqual(['n2']);
    expect(typing.typingTo('c2', 1_000)).toEqual([]);
    typing.stop('n2', 'c1');
    expect(typing.typingTo('c1', 2_000)).toEqual(['n1']);
    typing.renameCustomer('c1', 'c3');
    expect(typing.typingTo('c1', 2_000)).toEqual([]);
    expect(typing.typingTo('c3', 2_000)).toEqual(['n1']);
  });
});
