import { describe, expect, it } from 'vitest';
import { contactSchema, inboundEventSchema } from './normalized-event.schema.js';

const base = { eventId: 'e-1', channelAccountId: '106540352242922', occurredAt: '2026-05-01T00:00:00.000Z' };

describe('contactSchema', () => {
  it('takes a contact known by the platform id, by a business-scoped user id, or by both', () => {
    expect(contactSchema.parse({ id: '16505551234', name: 'Sheena' })).toEqual({
      id: '16505551234',
      name: 'Sheena',
    });
    const usernameOnly = {
      userId: 'US.13491208655302741918',
      parentUserId: 'US.ENT.11815799212886844830',
      username: 'realsheenanelson',
    };
    expect(contactSchema.parse(usernameOnly)).toEqual(usernameOnly);
    expect(contactSchema.safeParse({ id: '1', userId: 'US.1' }).success).toBe(true);
  });

  it('refuses a contact with neither, naming the id', () => {
    const result = contactSchema.safeParse({ username: 'someone', name: 'Someone' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['id'], message: 'a contact needs an id or a user id' }),
    ]);
    expect(contactSchema.safeParse({ id: '', userId: 'US.1' }).success).toBe(false);
  });
});

describe('inboundEventSchema', () => {
  it('refuses a message event whose contact has no id at all', () => {
    const message = {
      kind: 'message',
      ...base,
      contact: { username: 'ghost' },
      platformMessageId: 'wamid.1',
      content: { type: 'text', text: 'hi' },
    };
    expect(inboundEventSchema.safeParse(message).success).toBe(false);
    expect(inboundEventSchema.safeParse({ ...message, contact: { userId: 'US.1' } }).success).toBe(true);
  });

  it('takes a status known only by the recipient user id', () => {
    const status = {
      kind: 'status',
      ...base,
      recipientUserId: 'US.13491208655302741918',
      platformMessageId: 'wamid.1',
      status: 'delivered',
    };
    expect(inboundEventSchema.parse(status)).toEqual({ ...status, errors: [] });
  });

  it('takes an identity change between ids and user ids', () => {
    const change = {
      kind: 'contact_identity',
      ...base,
      change: 'id',
      previous: { id: '16505551234', userId: 'US.1' },
      current: { id: '16505559999', userId: 'US.2' },
    };
    expect(inboundEventSchema.parse(change)).toEqual(change);
    expect(inboundEventSchema.safeParse({ ...change, change: 'username' }).success).toBe(false);
  });
});
