import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGraphHarness, wabaId, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

const body = (text: string, example?: string[]) => ({
  type: 'BODY',
  text,
  ...(example ? { example: { body_text: [example] } } : {}),
});
const template = (overrides: Record<string, unknown> = {}) => ({
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Mark', '566701'])],
  ...overrides,
});
const create = (request: unknown) => harness.graph('POST', `/${wabaId}/message_templates`, request);

async function refusal(request: unknown) {
  const answer = await create(request);
  expect(answer.status).toBe(400);
  expect(answer.json.error).toMatchObject({ code: 100, type: 'OAuthException' });
  return answer.json.error as { error_user_title: string; error_user_msg: string; error_subcode?: number };
}

describe('POST /{waba-id}/message_templates', () => {
  it('answers {id, status: PENDING, category} and approves after review with a signed webhook', async () => {
    const answer = await create(template());
    expect(answer).toEqual({
      status: 200,
      json: { id: expect.stringMatching(/^\d+$/), status: 'PENDING', category: 'UTILITY' },
    });
    const [update] = await harness.changes('message_template_status_update', 1);
    expect(update).toEqual({
      event: 'APPROVED',
      message_template_id: Number(answer.json.id),
      message_template_name: 'order_update',
      message_template_language: 'en_US',
      reason: 'NONE',
      message_template_category: 'UTILITY',
    });
    const webhook = harness.inbox.received.at(-1)?.json as { entry: { id: string; time: number }[] };
    expect(webhook.entry[0]).toMatchObject({ id: wabaId, time: expect.any(Number) });
    expect((await harness.graph('GET', `/${answer.json.id}`)).json.status).toBe('APPROVED');
  });

  it('rejects variables without examples as INVALID_FORMAT', async () => {
    const answer = await create(template({ components: [body('Hi {{1}}, your order {{2}} has shipped.')] }));
    expect(answer.json.status).toBe('PENDING');
    const [update] = await harness.changes('message_template_status_update', 1);
    expect(update).toMatchObject({ event: 'REJECTED', reason: 'INVALID_FORMAT' });
    expect((await harness.graph('GET', `/${answer.json.id}`)).json).toMatchObject({
      status: 'REJECTED',
      rejected_reason: 'INVALID_FORMAT',
    });
  });

  it('rejects promotional wording in a UTILITY template as INCORRECT_CATEGORY (English and Japanese)', async () => {
    await create(
      template({ name: 'weekend', components: [body('Our weekend sale: 20% off everything in store.')] }),
    );
    await create(
      template({
        name: 'campaign_ja',
        language: 'ja',
        components: [body('今週末はセール開催中、全品割引です。')],
      }),
    );
    const updates = await harness.changes('message_template_status_update', 2);
    expect(
      updates.map((update) => [update.message_template_name, update.event, update.reason]).sort(),
    ).toEqual([
      ['campaign_ja', 'REJECTED', 'INCORRECT_CATEGORY'],
      ['weekend', 'REJECTED', 'INCORRECT_CATEGORY'],
    ]);
  });

  it('recategorises to MARKETING when allowed, announcing it with template_category_update first', async () => {
    const answer = await create(
      template({
        name: 'free_gift',
        allow_category_change: true,
        components: [body('Get a free gift with your next order.')],
      }),
    );
    const [category] = await harness.changes('template_category_update', 1);
    expect(category).toEqual({
      message_template_id: Number(answer.json.id),
      message_template_name: 'free_gift',
      message_template_language: 'en_US',
      previous_category: 'UTILITY',
      new_category: 'MARKETING',
    });
    const [status] = await harness.changes('message_template_status_update', 1);
    expect(status).toMatchObject({ event: 'APPROVED', message_template_category: 'MARKETING' });
    const fields = harness.inbox.received.map(
      (webhook) =>
        (webhook.json as { entry: { changes: { field: string }[] }[] }).entry[0]?.changes[0]?.field,
    );
    expect(fields).toEqual(['template_category_update', 'message_template_status_update']);
    expect((await harness.graph('GET', `/${answer.json.id}`)).json).toMatchObject({
      category: 'MARKETING',
      previous_category: 'UTILITY',
    });
  });

  it('refuses names that are not lowercase, digits and underscores, or longer than 512', async () => {
    expect((await refusal(template({ name: 'Order-Update' }))).error_user_title).toBe(
      'Invalid template name',
    );
    expect((await refusal(template({ name: 'a'.repeat(513) }))).error_user_title).toBe(
      'Invalid template name',
    );
    expect((await create(template({ name: 'a'.repeat(512) }))).status).toBe(200);
  });

  it('refuses a second template with the same name and language, not another language', async () => {
    expect((await create(template())).status).toBe(200);
    const duplicate = await refusal(template());
    expect(duplicate).toMatchObject({
      error_subcode: 2388024,
      error_user_title: 'Content in This Language Already Exists',
    });
    expect((await create(template({ language: 'es_MX' }))).status).toBe(200);
  });

  it('checks the components: body, header, footer and buttons', async () => {
    const components = (...parts: unknown[]) => template({ components: parts });
    const okBody = body('Your order {{1}} has shipped.', ['566701']);
    const cases: [unknown, string][] = [
      [components({ type: 'FOOTER', text: 'Thanks' }), 'Body text is missing'],
      [components(body('x'.repeat(1025))), 'Body text is too long'],
      [components(body('Order {{1}} for {{3}} is ready.', ['1', '2'])), 'Invalid variable'],
      [
        components(body('{{1}}, your order is ready.', ['Sam'])),
        "Variables can't be at the start or end of the template",
      ],
      [
        components({ type: 'HEADER', format: 'TEXT', text: 'h'.repeat(61) }, okBody),
        'Header text is too long',
      ],
      [components({ type: 'HEADER', format: 'TEXT', text: '{{1}} and {{2}}' }, okBody), 'Too many variables'],
      [components({ type: 'HEADER', format: 'IMAGE' }, okBody), 'Header sample is missing'],
      [components(okBody, { type: 'FOOTER', text: 'f'.repeat(61) }), 'Footer text is too long'],
      [components(okBody, okBody), 'Invalid components'],
    ];
    for (const [request, title] of cases)
      expect((await refusal(request)).error_user_title, title).toBe(title);
  });

  it('takes a media header only with a sample uploaded to this sandbox, of the header’s kind and size', async () => {
    const okBody = body('Your order {{1}} has shipped.', ['566701']);
    const withHeader = (format: string, handle: string, name = 'order_update') =>
      template({
        name,
        components: [{ type: 'HEADER', format, example: { header_handle: [handle] } }, okBody],
      });
    expect(await refusal(withHeader('IMAGE', '4::aW1hZ2U='))).toMatchObject({
      error_user_title: 'Invalid header sample',
      error_user_msg:
        "The IMAGE header's example.header_handle must be the handle of a file uploaded with the Resumable Upload API, of type image/jpeg, image/jpg or image/png.",
    });
    const pdf = await harness.headerHandle('application/pdf');
    const video = await harness.headerHandle('video/mp4');
    expect((await refusal(withHeader('IMAGE', pdf))).error_user_msg).toContain('of type image/jpeg');
    expect((await refusal(withHeader('VIDEO', pdf))).error_user_msg).toMatch(
      /^The VIDEO header's .* of type video\/mp4\.$/,
    );
    expect((await refusal(withHeader('DOCUMENT', video))).error_user_msg).toContain(
      'of type application/pdf',
    );
    const huge = await harness.headerHandle('image/jpeg', new Uint8Array(5 * 1024 * 1024 + 1));
    expect(await refusal(withHeader('IMAGE', huge))).toMatchObject({
      error_user_title: 'Header sample is too large',
      error_user_msg: "The IMAGE header's sample has 5242881 bytes; the limit is 5242880.",
    });
    const image = await harness.headerHandle('image/jpg');
    for (const [format, handle, name] of [
      ['IMAGE', image, 'with_image'],
      ['VIDEO', video, 'with_video'],
      ['DOCUMENT', pdf, 'with_document'],
    ] as const)
      expect((await create(withHeader(format, handle, name))).status, format).toBe(200);
    const [update] = await harness.changes('message_template_status_update', 3);
    expect(update?.event).toBe('APPROVED');
  });

  it('checks the buttons: at most 10, per-kind limits, labels of 25, quick replies grouped', async () => {
    const okBody = body('Your order {{1}} has shipped.', ['566701']);
    const withButtons = (...buttons: unknown[]) =>
      template({ components: [okBody, { type: 'BUTTONS', buttons }] });
    const quick = (text: string) => ({ type: 'QUICK_REPLY', text });
    const url = {
      type: 'URL',
      text: 'Track',
      url: 'https://example.com/track/{{1}}',
      example: ['https://example.com/track/1'],
    };
    const call = { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+15550100' };
    const cases: [unknown, string][] = [
      [withButtons(...Array.from({ length: 11 }, (_, i) => quick(`Option ${i}`))), 'Invalid buttons'],
      [withButtons(url, url, url), 'Too many buttons'],
      [withButtons(call, call), 'Too many buttons'],
      [withButtons(quick('x'.repeat(26))), 'Button text is too long'],
      [withButtons(quick('Yes'), url, quick('No')), 'Invalid button order'],
      [withButtons({ type: 'URL', text: 'Go', url: 'https://example.com/{{1}}/x' }), 'Invalid URL'],
      [withButtons({ type: 'COPY_CODE', example: 'THIS-CODE-IS-WAY-TOO-LONG' }), 'Invalid coupon code'],
    ];
    for (const [request, title] of cases)
      expect((await refusal(request)).error_user_title, title).toBe(title);
    const fine = withButtons(quick('Yes'), quick('No'), url, call, { type: 'COPY_CODE', example: 'SAVE10' });
    expect((await create(fine)).status).toBe(200);
  });

  it('accepts the authentication template of the spec and refuses body text in one', async () => {
    const authentication = {
      name: 'authentication_code_copy_code_button',
      language: 'en_US',
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 10 },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy Code' }] },
      ],
    };
    expect(await create(authentication)).toMatchObject({ status: 200, json: { category: 'AUTHENTICATION' } });
    const withText = {
      ...authentication,
      name: 'auth_text',
      components: [{ type: 'BODY', text: 'Your code is {{1}}' }],
    };
    expect((await refusal(withText)).error_user_title).toBe('Invalid components');
  });

  it('refuses unknown fields and types, naming the parameter', async () => {
    const unknownCategory = await refusal(template({ category: 'NEWSLETTER' }));
    expect(unknownCategory.error_user_msg).toContain('[category]');
    const unknownField = await refusal(
      template({ components: [{ ...body('Hi there, friend.'), colour: 'red' }] }),
    );
    expect(unknownField.error_user_msg).toContain('[components][0]');
  });
});
