import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWhatsAppManagementClient } from '../../management/management.client.js';
import {
  customer,
  secrets,
  startGraphHarness,
  wabaId,
  type GraphHarness,
} from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
let helloWorld: string;
beforeEach(async () => {
  harness = await startGraphHarness();
  helloWorld = (await harness.graph('GET', `/${wabaId}/message_templates?name=hello_world`)).json.data[0].id;
});
afterEach(async () => harness.close());

const event = (id: string, body: unknown) => harness.call('POST', `/sandbox/templates/${id}/status`, body);
const sendHello = () =>
  harness.send({
    to: customer,
    type: 'template',
    template: { name: 'hello_world', language: { code: 'en_US' } },
  });

describe('POST /sandbox/templates/{id}/status (platform-side changes)', () => {
  it('pauses, flags, reinstates and disables, each with its signed webhook', async () => {
    const paused = await event(helloWorld, { event: 'PAUSED' });
    expect(paused).toMatchObject({
      status: 200,
      json: { template: { status: 'PAUSED' }, webhookStatus: 200 },
    });
    expect((await sendHello()).json.error.code).toBe(132015);
    await event(helloWorld, { event: 'REINSTATED' });
    expect((await sendHello()).status).toBe(200);
    await event(helloWorld, { event: 'FLAGGED', reason: 'LOW_QUALITY' });
    expect((await sendHello()).status).toBe(200); // flagged templates still send
    await event(helloWorld, { event: 'disabled' });
    expect((await sendHello()).json.error.code).toBe(132016);
    const updates = await harness.changes('message_template_status_update', 4);
    expect(updates.map((update) => [update.event, update.reason])).toEqual([
      ['PAUSED', 'NONE'],
      ['REINSTATED', 'NONE'],
      ['FLAGGED', 'LOW_QUALITY'],
      ['DISABLED', 'NONE'],
    ]);
    expect(updates[0]).toMatchObject({
      message_template_id: Number(helloWorld),
      message_template_name: 'hello_world',
      other_info: { title: 'FIRST_PAUSE', description: expect.any(String) },
    });
    expect(updates[3]).toMatchObject({ disable_info: { disable_date: expect.stringMatching(/^\d+$/) } });
  });

  it('decides a pending review at once, superseding the scheduled one', async () => {
    await harness.close();
    harness = await startGraphHarness({ templateReviewMs: 60_000 });
    const created = await harness.graph('POST', `/${wabaId}/message_templates`, {
      name: 'order_ready',
      language: 'en_US',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Your order is ready.' }],
    });
    await event(created.json.id, { event: 'REJECTED', reason: 'SCAM' });
    expect((await harness.graph('GET', `/${created.json.id}`)).json).toMatchObject({
      status: 'REJECTED',
      rejected_reason: 'SCAM',
    });
    await event(created.json.id, { event: 'IN_APPEAL' });
    await event(created.json.id, { event: 'APPROVED' });
    const updates = await harness.changes('message_template_status_update', 3);
    expect(updates.map((update) => update.event)).toEqual(['REJECTED', 'IN_APPEAL', 'APPROVED']);
  });

  it('refuses events that do not apply, unknown events and unknown templates', async () => {
    expect(await event(helloWorld, { event: 'REINSTATED' })).toMatchObject({
      status: 409,
      json: { error: 'the template is APPROVED; REINSTATED does not apply' },
    });
    expect((await event(helloWorld, { event: 'EXPLODED' })).json.error).toContain('unknown event EXPLODED');
    expect((await event('123', { event: 'PAUSED' })).status).toBe(404);
    expect((await event(helloWorld, {})).status).toBe(400);
    expect(harness.inbox.received).toEqual([]);
  });
});

describe('silent platform events (for polling clients)', () => {
  it('changes the status without a webhook when silent', async () => {
    expect(await event(helloWorld, { event: 'PAUSED', silent: true })).toMatchObject({
      status: 200,
      json: { template: { status: 'PAUSED' }, webhookStatus: null },
    });
    expect((await harness.graph('GET', `/${helloWorld}`)).json.status).toBe('PAUSED');
    await event(helloWorld, { event: 'REINSTATED', silent: false });
    await harness.sandbox.idle();
    const updates = await harness.changes('message_template_status_update', 1);
    expect(updates.map((update) => update.event)).toEqual(['REINSTATED']);
    expect((await event(helloWorld, { event: 'PAUSED', silent: 'yes' })).status).toBe(400);
  });

  it('concludes reviews without webhooks when SANDBOX_TEMPLATE_REVIEW_WEBHOOKS is off', async () => {
    await harness.close();
    harness = await startGraphHarness({ templateReviewWebhooks: false });
    const create = (name: string, text: string) =>
      harness.graph('POST', `/${wabaId}/message_templates`, {
        name,
        language: 'en_US',
        category: 'UTILITY',
        allow_category_change: true,
        components: [{ type: 'BODY', text }],
      });
    const plain = await create('order_ready', 'Your order is ready.');
    const promotional = await create('big_sale', 'Our big sale starts today.');
    for (const [id, expected] of [
      [plain.json.id, { status: 'APPROVED', category: 'UTILITY' }],
      [promotional.json.id, { status: 'APPROVED', category: 'MARKETING', previous_category: 'UTILITY' }],
    ])
      await expect
        .poll(async () => (await harness.graph('GET', `/${String(id)}`)).json)
        .toMatchObject(expected);
    await harness.sandbox.idle();
    expect(harness.inbox.received).toEqual([]);
    expect((await event(plain.json.id, { event: 'PAUSED' })).json.webhookStatus).toBe(200);
  });
});

describe('POST /{template-id}/unpause', () => {
  it('approves a paused template again, with an APPROVED status webhook', async () => {
    await event(helloWorld, { event: 'PAUSED' });
    expect(await harness.graph('POST', `/${helloWorld}/unpause`)).toEqual({
      status: 200,
      json: { success: true },
    });
    expect((await harness.graph('GET', `/${helloWorld}`)).json.status).toBe('APPROVED');
    expect((await sendHello()).status).toBe(200);
    const updates = await harness.changes('message_template_status_update', 2);
    expect(updates.map((update) => [update.event, update.reason])).toEqual([
      ['PAUSED', 'NONE'],
      ['APPROVED', 'NONE'],
    ]);
    expect(updates[1]).toMatchObject({
      message_template_id: Number(helloWorld),
      message_template_name: 'hello_world',
    });
  });

  it('refuses templates that are not paused, unknown ones and other businesses’ tokens', async () => {
    const refusal = await harness.graph('POST', `/${helloWorld}/unpause`);
    expect(refusal).toMatchObject({
      status: 400,
      json: {
        error: {
          code: 100,
          message: 'Invalid parameter',
          error_user_title: 'Template can’t be unpaused',
          error_user_msg: 'Only paused templates can be unpaused.',
        },
      },
    });
    await event(helloWorld, { event: 'DISABLED' });
    expect((await harness.graph('POST', `/${helloWorld}/unpause`)).json.error.error_user_msg).toBe(
      'Only paused templates can be unpaused.',
    );
    expect((await harness.graph('POST', '/999999/unpause')).json.error).toMatchObject({
      code: 100,
      error_subcode: 33,
    });
    expect((await harness.graph('POST', `/${helloWorld}/unpause`, undefined, null)).status).toBe(401);
    expect((await harness.graph('GET', `/${helloWorld}`)).json.status).toBe('DISABLED');
  });

  it('works with the management client', async () => {
    const client = createWhatsAppManagementClient({
      apiBaseUrl: harness.sandbox.url,
      accessToken: secrets.accessToken,
    });
    await event(helloWorld, { event: 'PAUSED', silent: true });
    expect((await client.getTemplate(helloWorld)).status).toBe('PAUSED');
    await client.unpauseTemplate(helloWorld);
    expect((await client.getTemplate(helloWorld)).status).toBe('APPROVED');
    await expect(client.unpauseTemplate(helloWorld)).rejects.toMatchObject({
      platformCode: '100',
      retryable: false,
    });
  });
});
