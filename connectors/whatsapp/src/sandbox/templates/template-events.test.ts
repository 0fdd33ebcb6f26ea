import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customer, startGraphHarness, wabaId, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

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
