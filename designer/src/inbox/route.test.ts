import { describe, expect, it } from 'vitest';
import { conversationHref, parseConversationId } from './route';

describe('hash routes', () => {
  it('round-trips conversation ids, including ones that need escaping', () => {
    for (const id of ['c_1', '01JD3 X/Y', 'é#?']) expect(parseConversationId(conversationHref(id))).toBe(id);
  });

  it('treats anything else as the list', () => {
    for (const hash of ['', '#/', '#/conversations/', '#/settings', '#/conversations/%E0%A4%A']) {
      expect(parseConversationId(hash)).toBeNull();
    }
  });
});
