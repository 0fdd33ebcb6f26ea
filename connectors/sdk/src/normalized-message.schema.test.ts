import { describe, expect, it } from 'vitest';
import { sendRequestSchema } from './normalized-message.schema.js';

const request = {
  channelAccountId: '106540352242922',
  message: { type: 'text', text: 'hello' },
  idempotencyKey: 'k-1',
};

describe('sendRequestSchema', () => {
  it('takes a recipient by platform id, by business-scoped user id, or both', () => {
    expect(sendRequestSchema.parse({ ...request, to: '16505551234' })).toMatchObject({ to: '16505551234' });
    expect(sendRequestSchema.parse({ ...request, toUserId: 'US.1' })).toMatchObject({ toUserId: 'US.1' });
    expect(sendRequestSchema.safeParse({ ...request, to: '1', toUserId: 'US.1' }).success).toBe(true);
  });

  it('refuses a send without any recipient, naming `to`', () => {
    const result = sendRequestSchema.safeParse(request);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['to'], message: 'a send needs a recipient: to or toUserId' }),
    ]);
    expect(sendRequestSchema.safeParse({ ...request, toUserId: '' }).success).toBe(false);
  });
});
