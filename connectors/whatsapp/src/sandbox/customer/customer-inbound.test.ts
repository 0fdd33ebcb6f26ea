import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  customer,
  phoneNumberId,
  startGraphHarness,
  type GraphHarness,
} from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

/** Sends as the customer and returns the webhook's message (the contract check runs on every one). */
async function inbound(body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answer = await harness.customerSends(customer, body);
  expect(answer, JSON.stringify(body)).toMatchObject({
    status: 201,
    json: { delivered: true, webhookStatus: 200 },
  });
  const values = await harness.changes('messages', 1);
  const messages = values.flatMap((value) => (value.messages as Record<string, unknown>[] | undefined) ?? []);
  const message = messages.find((candidate) => candidate.id === answer.json.id);
  expect(message).toBeDefined();
  return message as Record<string, unknown>;
}

describe('POST /sandbox/customers/{waId}/messages', () => {
  it('sends text, with `type` or without it, and a profile name', async () => {
    expect(await inbound({ type: 'text', text: 'Hi', name: 'Sheena' })).toEqual({
      from: customer,
      from_user_id: expect.stringMatching(/^US\.\d{20}$/),
      id: expect.stringMatching(/^wamid\./),
      timestamp: expect.stringMatching(/^\d+$/),
      type: 'text',
      text: { body: 'Hi' },
    });
    const value = (await harness.changes('messages', 1))[0];
    expect(value?.contacts).toEqual([
      { profile: { name: 'Sheena' }, wa_id: customer, user_id: expect.stringMatching(/^US\.\d{20}$/) },
    ]);
    expect((await inbound({ text: 'Still me' })).text).toEqual({ body: 'Still me' });
  });

  it('sends generated, inline and uploaded media, each downloadable through GET /{media-id}', async () => {
    const image = await inbound({ type: 'image', caption: 'My receipt' });
    expect(image.image).toEqual({
      caption: 'My receipt',
      mime_type: 'image/png',
      sha256: expect.any(String),
      id: expect.stringMatching(/^\d+$/),
    });
    const pdf = Buffer.from('%PDF-1.4 invoice');
    const document = await inbound({
      type: 'document',
      media: { base64: pdf.toString('base64'), mimeType: 'application/pdf', filename: 'invoice.pdf' },
    });
    expect(document.document).toMatchObject({
      filename: 'invoice.pdf',
      mime_type: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('base64'),
    });
    const described = await harness.graph('GET', `/${(document.document as { id: string }).id}`);
    const file = await fetch(described.json.url, {
      headers: { authorization: 'Bearer graph-harness-token' },
    });
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);
    expect((await inbound({ type: 'audio', voice: true })).audio).toMatchObject({
      voice: true,
      mime_type: 'audio/ogg; codecs=opus',
    });
    expect((await inbound({ type: 'sticker' })).sticker).toMatchObject({
      animated: false,
      mime_type: 'image/webp',
    });
    const first = image.image as { id: string; sha256: string };
    const again = (await inbound({ type: 'image', media: { id: first.id } })).image as {
      id: string;
      sha256: string;
    };
    expect(again.sha256).toBe(first.sha256);
    expect(again.id).not.toBe(first.id);
  });

  it('refuses media whose type does not fit the kind, naming the field', async () => {
    const wrong = await harness.customerSends(customer, {
      type: 'sticker',
      media: { base64: 'AAAA', mimeType: 'image/png' },
    });
    expect(wrong).toMatchObject({ status: 400, json: { issues: [{ path: 'media' }] } });
    const unknown = await harness.customerSends(customer, { type: 'image', media: { id: '42' } });
    expect(unknown.json.issues).toEqual([{ path: 'media.id', message: 'no media 42' }]);
  });

  it('sends locations, contacts, reactions, quotes and unsupported messages', async () => {
    const location = await inbound({
      type: 'location',
      location: { latitude: 35.6586, longitude: 139.7454, name: 'Tokyo Tower' },
    });
    expect(location.location).toEqual({ latitude: 35.6586, longitude: 139.7454, name: 'Tokyo Tower' });
    const contact = {
      name: { formatted_name: 'Lucía Gómez', first_name: 'Lucía' },
      phones: [{ phone: '+1 983 555 2319', wa_id: '19835552319', type: 'MOBILE' }],
    };
    expect((await inbound({ type: 'contacts', contacts: [contact] })).contacts).toEqual([contact]);
    const reaction = await inbound({ type: 'reaction', messageId: location.id, emoji: '👍' });
    expect(reaction.reaction).toEqual({ message_id: location.id, emoji: '👍' });
    const quote = await inbound({ text: 'About that place', replyTo: location.id });
    expect(quote.context).toEqual({ from: customer, id: location.id });
    expect(await inbound({ type: 'unsupported' })).toMatchObject({
      type: 'unsupported',
      errors: [
        {
          code: 131051,
          title: 'Message type unknown',
          error_data: { details: 'Message type is currently not supported.' },
        },
      ],
    });
    const badReaction = await harness.customerSends(customer, {
      type: 'reaction',
      messageId: 'wamid.nope',
      emoji: '👍',
    });
    expect(badReaction.json.issues).toEqual([expect.objectContaining({ path: 'messageId' })]);
  });

  it('carries an ad referral with Meta’s required fields filled in', async () => {
    const message = await inbound({
      text: 'I saw your ad',
      referral: { headline: 'Summer Succulents', source_type: 'ad' },
    });
    expect(message.referral).toEqual({
      source_url: expect.any(String),
      source_id: expect.any(String),
      source_type: 'ad',
      body: expect.any(String),
      headline: 'Summer Succulents',
      media_type: 'image',
      image_url: expect.any(String),
      ctwa_clid: expect.any(String),
    });
  });

  it('writes to another registered number, not to an unregistered one', async () => {
    const unregistered = await harness.customerSends(customer, {
      text: 'Hi',
      phoneNumberId: '400000000000002',
    });
    expect(unregistered.json.issues).toEqual([expect.objectContaining({ path: 'phoneNumberId' })]);
    await harness.graph('POST', '/400000000000002/register', {
      messaging_product: 'whatsapp',
      pin: '111111',
    });
    await inbound({ text: 'Hi support', phoneNumberId: '400000000000002' });
    const phone = (await harness.call('GET', `/sandbox/customers/${customer}/messages`)).json.items;
    expect(phone.map((item: { phoneNumberId: string }) => item.phoneNumberId)).toEqual(['400000000000002']);
    expect(phoneNumberId).not.toBe('400000000000002');
  });

  it('shows when the business marked a message read', async () => {
    const message = await inbound({ text: 'Hello?' });
    const read = await harness.send({ status: 'read', message_id: message.id });
    expect(read).toEqual({ status: 200, json: { success: true } });
    const phone = (await harness.call('GET', `/sandbox/customers/${customer}/messages`)).json.items;
    expect(phone[0]).toMatchObject({ id: message.id, readByBusiness: true });
    expect((await harness.send({ status: 'read', message_id: 'wamid.unknown' })).json.error.code).toBe(100);
  });
});
