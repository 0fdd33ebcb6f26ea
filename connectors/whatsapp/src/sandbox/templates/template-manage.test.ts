import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGraphHarness, wabaId, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

const day = 24 * 60 * 60 * 1000;
const utility = (name: string, text = 'Your order is ready for pickup.', language = 'en_US') => ({
  name,
  language,
  category: 'UTILITY',
  components: [{ type: 'BODY', text }],
});

async function approved(request: ReturnType<typeof utility>): Promise<string> {
  const { json } = await harness.graph('POST', `/${wabaId}/message_templates`, request);
  await expect.poll(async () => (await harness.graph('GET', `/${json.id}`)).json.status).toBe('APPROVED');
  return json.id as string;
}

describe('reading templates', () => {
  it('lists a WABA’s templates with name, status and category filters and cursor paging', async () => {
    for (const name of ['alpha_notice', 'beta_notice', 'gamma_notice']) await approved(utility(name));
    await harness.graph('POST', `/${wabaId}/message_templates`, utility('delta_notice'));
    const all = await harness.graph('GET', `/${wabaId}/message_templates`);
    expect(all.json.data.map((template: { name: string }) => template.name)).toEqual([
      'hello_world',
      'alpha_notice',
      'beta_notice',
      'gamma_notice',
      'delta_notice',
    ]);
    const pending = await harness.graph('GET', `/${wabaId}/message_templates?status=PENDING`);
    expect(pending.json.data.map((template: { name: string }) => template.name)).toEqual(['delta_notice']);
    const byName = await harness.graph('GET', `/${wabaId}/message_templates?name=beta`);
    expect(byName.json.data).toEqual([
      {
        id: expect.any(String),
        name: 'beta_notice',
        language: 'en_US',
        status: 'APPROVED',
        category: 'UTILITY',
        parameter_format: 'POSITIONAL',
        components: [{ type: 'BODY', text: 'Your order is ready for pickup.' }],
      },
    ]);
    const first = await harness.graph('GET', `/${wabaId}/message_templates?limit=2`);
    expect(first.json.data).toHaveLength(2);
    expect(first.json.paging.next).toContain(`after=${first.json.paging.cursors.after}`);
    const second = await harness.graph(
      'GET',
      `/${wabaId}/message_templates?limit=2&after=${first.json.paging.cursors.after}`,
    );
    expect(second.json.data.map((template: { name: string }) => template.name)).toEqual([
      'beta_notice',
      'gamma_notice',
    ]);
    const back = await harness.graph(
      'GET',
      `/${wabaId}/message_templates?limit=2&before=${second.json.paging.cursors.before}`,
    );
    expect(back.json.data.map((template: { name: string }) => template.name)).toEqual([
      'hello_world',
      'alpha_notice',
    ]);
    expect(
      (
        await harness.graph(
          'GET',
          `/${wabaId}/message_templates?limit=2&after=${second.json.paging.cursors.after}`,
        )
      ).json.paging.next,
    ).toBeUndefined();
  });

  it('hides another WABA’s templates and unknown ids behind Meta’s error 100/33', async () => {
    const other = await harness.graph('GET', '/300000000000002/message_templates');
    expect(other.json.data.map((template: { name: string }) => template.name)).toEqual(['hello_world']);
    const missing = await harness.graph('GET', '/999999');
    expect(missing).toMatchObject({ status: 400, json: { error: { code: 100, error_subcode: 33 } } });
  });
});

describe('editing templates (POST /{template-id})', () => {
  it('sends an edit back to review and reports the outcome', async () => {
    const id = await approved(utility('pickup_notice'));
    const edit = await harness.graph('POST', `/${id}`, {
      components: [{ type: 'BODY', text: 'Your order is ready at the counter.' }],
    });
    expect(edit).toEqual({ status: 200, json: { success: true } });
    expect((await harness.graph('GET', `/${id}`)).json.status).toBe('PENDING');
    const updates = await harness.changes('message_template_status_update', 2);
    expect(updates.map((update) => update.event)).toEqual(['APPROVED', 'APPROVED']);
    expect((await harness.graph('GET', `/${id}`)).json.components[0].text).toBe(
      'Your order is ready at the counter.',
    );
  });

  it('limits approved templates to one edit per 24 hours and 10 per 30 days, without category changes', async () => {
    const id = await approved(utility('pickup_notice'));
    const editTo = (text: string) =>
      harness.graph('POST', `/${id}`, { components: [{ type: 'BODY', text }] });
    const categoryChange = await harness.graph('POST', `/${id}`, { category: 'MARKETING' });
    expect(categoryChange.json.error.error_user_title).toBe('Category can’t be changed');
    for (let edit = 1; edit <= 10; edit += 1) {
      expect((await editTo(`Your order is ready (edit ${edit}).`)).status, `edit ${edit}`).toBe(200);
      await expect.poll(async () => (await harness.graph('GET', `/${id}`)).json.status).toBe('APPROVED');
      if (edit === 1)
        expect((await editTo('Too soon.')).json.error.error_user_msg).toContain('once in 24 hours');
      await harness.call('POST', '/sandbox/clock', { advanceMs: day + 1 });
    }
    expect((await editTo('Eleventh edit.')).json.error.error_user_msg).toContain('10 times in 30 days');
    await harness.call('POST', '/sandbox/clock', { advanceMs: 21 * day });
    expect((await editTo('A month later.')).status).toBe(200);
  });

  it('checks an edited media header’s sample like a new one', async () => {
    const id = await approved(utility('pickup_notice'));
    const withImage = (handle: string) => ({
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: [handle] } },
        { type: 'BODY', text: 'Your order is ready for pickup.' },
      ],
    });
    const madeUp = await harness.graph('POST', `/${id}`, withImage('4::aW1hZ2U='));
    expect(madeUp).toMatchObject({
      status: 400,
      json: { error: { code: 100, error_user_title: 'Invalid header sample' } },
    });
    expect(madeUp.json.error.error_user_msg).toContain("The IMAGE header's example.header_handle");
    const pdf = await harness.headerHandle('application/pdf');
    expect((await harness.graph('POST', `/${id}`, withImage(pdf))).json.error.error_user_title).toBe(
      'Invalid header sample',
    );
    const png = await harness.headerHandle('image/png');
    expect(await harness.graph('POST', `/${id}`, withImage(png))).toEqual({
      status: 200,
      json: { success: true },
    });
  });

  it('edits only approved, rejected or paused templates; a rejected one may change category', async () => {
    const pending = await harness.graph('POST', `/${wabaId}/message_templates`, utility('still_pending'));
    const refused = await harness.graph('POST', `/${pending.json.id}`, {
      components: [{ type: 'BODY', text: 'New text here.' }],
    });
    expect(refused.json.error.error_user_title).toBe('Template can’t be edited');
    const rejected = await harness.graph(
      'POST',
      `/${wabaId}/message_templates`,
      utility('big_sale', 'Our big sale starts today.'),
    );
    await expect
      .poll(async () => (await harness.graph('GET', `/${rejected.json.id}`)).json.status)
      .toBe('REJECTED');
    expect((await harness.graph('POST', `/${rejected.json.id}`, { category: 'MARKETING' })).status).toBe(200);
    await expect
      .poll(async () => (await harness.graph('GET', `/${rejected.json.id}`)).json)
      .toMatchObject({
        status: 'APPROVED',
        category: 'MARKETING',
      });
  });
});

describe('deleting templates (DELETE /{waba-id}/message_templates?name=)', () => {
  it('deletes every language of a name, and holds an approved name for 30 days', async () => {
    await approved(utility('pickup_notice'));
    await approved(utility('pickup_notice', 'Su pedido está listo para recoger.', 'es_MX'));
    expect(await harness.graph('DELETE', `/${wabaId}/message_templates?name=pickup_notice`)).toEqual({
      status: 200,
      json: { success: true },
    });
    expect((await harness.graph('GET', `/${wabaId}/message_templates?name=pickup_notice`)).json.data).toEqual(
      [],
    );
    const again = await harness.graph('POST', `/${wabaId}/message_templates`, utility('pickup_notice'));
    expect(again.json.error).toMatchObject({ code: 100, error_subcode: 2388023 });
    await harness.call('POST', '/sandbox/clock', { advanceMs: 30 * day });
    expect(
      (await harness.graph('POST', `/${wabaId}/message_templates`, utility('pickup_notice'))).status,
    ).toBe(200);
  });

  it('frees a never-approved name at once and answers a missing name with an error', async () => {
    const pending = await harness.graph('POST', `/${wabaId}/message_templates`, utility('draft_notice'));
    expect(
      (
        await harness.graph(
          'DELETE',
          `/${wabaId}/message_templates?name=draft_notice&hsm_id=${pending.json.id}`,
        )
      ).status,
    ).toBe(200);
    expect(
      (await harness.graph('POST', `/${wabaId}/message_templates`, utility('draft_notice'))).status,
    ).toBe(200);
    expect(
      (await harness.graph('DELETE', `/${wabaId}/message_templates?name=nothing_here`)).json.error.code,
    ).toBe(100);
    expect((await harness.graph('DELETE', `/${wabaId}/message_templates`)).json.error.code).toBe(100);
  });
});
