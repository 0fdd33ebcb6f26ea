import { describe, expect, it } from 'vitest';
import { outboundExamples } from '../fixtures/outbound-messages.fixture.js';
import { loadMetaSpec } from '../spec/meta-spec.js';
import { messageBody } from './message-body.js';

const validateMessage = loadMetaSpec().requestBody('/{Version}/{Phone-Number-ID}/messages', 'post');
const to = { to: '16505551234' };
const envelope = { messaging_product: 'whatsapp', recipient_type: 'individual', ...to };
const bsuid = 'US.13491208655302741918';
const replyTo = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA';

describe('messageBody', () => {
  it.each(outboundExamples)(
    "builds $name in Meta's shape, valid against the spec",
    ({ message, content }) => {
      const body = messageBody(to, message);
      expect(body).toEqual({ ...envelope, ...content });
      expect(validateMessage(body)).toEqual([]);
    },
  );

  it.each(outboundExamples.filter(({ message }) => message.type !== 'reaction'))(
    'quotes the replied-to message as context.message_id ($name)',
    ({ message, content }) => {
      const body = messageBody(to, message, replyTo);
      expect(body).toEqual({ ...envelope, context: { message_id: replyTo }, ...content });
      expect(validateMessage(body)).toEqual([]);
    },
  );

  it.each(outboundExamples)(
    'addresses a customer known only by BSUID as `recipient`, valid against the spec ($name)',
    ({ message, content }) => {
      const body = messageBody({ recipient: bsuid }, message);
      expect(body).toEqual({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        recipient: bsuid,
        ...content,
      });
      expect(validateMessage(body)).toEqual([]);
    },
  );

  it('sends a reaction without context: it names its message itself', () => {
    const body = messageBody(to, { type: 'reaction', messageId: replyTo, emoji: '' }, replyTo);
    expect(body).toEqual({ ...envelope, type: 'reaction', reaction: { message_id: replyTo, emoji: '' } });
  });

  it('sends preview_url false unless asked, and drops a filename on other media than documents', () => {
    expect(messageBody(to, { type: 'text', text: 'hi' })).toMatchObject({
      text: { body: 'hi', preview_url: false },
    });
    expect(messageBody(to, { type: 'video', mediaId: '1', filename: 'x.mp4' })).toMatchObject({
      video: { id: '1' },
    });
    expect(messageBody(to, { type: 'video', mediaId: '1', filename: 'x.mp4' }).video).not.toHaveProperty(
      'filename',
    );
  });

  it('refuses to build a call button (the capability check stops it before)', () => {
    expect(() =>
      messageBody(to, { type: 'call_button', body: 'Call', displayText: 'Call', phoneNumber: '+1555' }),
    ).toThrow(/no call button/);
  });
});
