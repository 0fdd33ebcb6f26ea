import { describe, expect, it } from 'vitest';
import { phoneMessages } from './phone-messages.js';
import type { SandboxPhoneItem } from './sandbox-phone.js';
import { testCustomerOf } from './test-customer.js';

const at = '2025-06-16T01:00:00.000Z';
const item = (patch: Partial<SandboxPhoneItem>): SandboxPhoneItem => ({
  id: 'wamid.1',
  direction: 'outbound',
  phoneNumberId: '100000000000001',
  type: 'text',
  text: 'hi',
  timestamp: at,
  content: {},
  ...patch,
});

describe('the test chat’s phone', () => {
  it('keeps one business number’s messages and draws buttons, lists, links, media and templates', () => {
    const messages = phoneMessages(
      [
        item({ id: 'in', direction: 'inbound', text: 'hello' }),
        item({ id: 'other', phoneNumberId: '100000000000002' }),
        item({
          id: 'menu',
          type: 'interactive',
          status: 'read',
          content: {
            type: 'button',
            header: { type: 'text', text: 'Menu' },
            body: { text: 'How can we help?' },
            action: { buttons: [{ type: 'reply', reply: { id: 'flow:menu:order', title: 'My order' } }] },
          },
        }),
        item({
          id: 'list',
          type: 'interactive',
          content: {
            type: 'list',
            body: { text: 'Pick a shop' },
            action: {
              button: 'Shops',
              sections: [{ title: 'Tokyo', rows: [{ id: 'r1', title: 'Shibuya' }] }],
            },
          },
        }),
        item({
          id: 'link',
          type: 'interactive',
          content: {
            type: 'cta_url',
            body: { text: 'Track it' },
            action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.test' } },
          },
        }),
        item({ id: 'photo', type: 'image', text: '[image]', content: { caption: 'Your receipt' } }),
        item({ id: 'tpl', type: 'template', text: 'Hello Aiko', content: { name: 'welcome' } }),
      ],
      '100000000000001',
    );
    expect(messages.map((message) => message.id)).toEqual(['in', 'menu', 'list', 'link', 'photo', 'tpl']);
    expect(messages[0]).toMatchObject({ from: 'customer', kind: 'text', text: 'hello', status: null });
    expect(messages[1]).toMatchObject({
      from: 'business',
      kind: 'buttons',
      header: 'Menu',
      text: 'How can we help?',
      status: 'read',
      buttons: [{ id: 'flow:menu:order', title: 'My order' }],
    });
    expect(messages[2]).toMatchObject({
      kind: 'list',
      list: {
        button: 'Shops',
        sections: [{ title: 'Tokyo', rows: [{ id: 'r1', title: 'Shibuya', description: null }] }],
      },
    });
    expect(messages[3]).toMatchObject({ kind: 'cta', cta: { label: 'Open', url: 'https://example.test' } });
    expect(messages[4]).toMatchObject({ kind: 'media', label: 'image', text: 'Your receipt' });
    expect(messages[5]).toMatchObject({ kind: 'template', label: 'welcome', text: 'Hello Aiko' });
  });

  it('gives each admin of each organisation a number of their own, the same every time', () => {
    const aiko = testCustomerOf('org-1', { id: 'user-1', name: 'Aiko' });
    expect(aiko).toEqual(testCustomerOf('org-1', { id: 'user-1', name: 'Aiko' }));
    expect(aiko.waId).toMatch(/^8190\d{8}$/);
    expect(aiko.name).toBe('Aiko (test)');
    expect(testCustomerOf('org-2', { id: 'user-1', name: 'Aiko' }).waId).not.toBe(aiko.waId);
  });
});
