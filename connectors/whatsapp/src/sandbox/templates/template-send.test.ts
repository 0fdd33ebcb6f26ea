import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customer, startGraphHarness, wabaId, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
});
afterEach(async () => harness.close());

async function approvedTemplate(request: Record<string, unknown>) {
  const { json } = await harness.graph('POST', `/${wabaId}/message_templates`, {
    language: 'en_US',
    category: 'UTILITY',
    ...request,
  });
  await expect.poll(async () => (await harness.graph('GET', `/${json.id}`)).json.status).toBe('APPROVED');
}

const sendTemplate = (name: string, components: unknown[]) =>
  harness.send({
    to: customer,
    type: 'template',
    template: { name, language: { code: 'en_US' }, components },
  });
const text = (value: string, name?: string) => ({
  type: 'text',
  text: value,
  ...(name ? { parameter_name: name } : {}),
});

describe('sending templates with parameters', () => {
  it('checks header, body and URL button parameters against the template, and renders what the customer sees', async () => {
    await approvedTemplate({
      name: 'order_shipped',
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: [await harness.headerHandle()] } },
        {
          type: 'BODY',
          text: 'Hi {{1}}, order {{2}} has shipped.',
          example: { body_text: [['Mark', '566701']] },
        },
        {
          type: 'BUTTONS',
          buttons: [
            {
              type: 'URL',
              text: 'Track',
              url: 'https://example.com/t/{{1}}',
              example: ['https://example.com/t/1'],
            },
          ],
        },
      ],
    });
    const header = {
      type: 'header',
      parameters: [{ type: 'image', image: { link: 'https://example.com/box.jpg' } }],
    };
    const body = { type: 'body', parameters: [text('Sam'), text('A-17')] };
    const button = { type: 'button', sub_type: 'url', index: '0', parameters: [text('A-17')] };
    const ok = await sendTemplate('order_shipped', [header, body, button]);
    expect(ok.status).toBe(200);
    const missingButton = await sendTemplate('order_shipped', [header, body]);
    expect(missingButton.json.error).toMatchObject({
      code: 132000,
      error_data: { details: expect.stringContaining('button 0') },
    });
    const textHeader = await sendTemplate('order_shipped', [
      { type: 'header', parameters: [text('x')] },
      body,
      button,
    ]);
    expect(textHeader.json.error).toMatchObject({ code: 132012 });
    const shortBody = await sendTemplate('order_shipped', [
      header,
      { type: 'body', parameters: [text('Sam')] },
      button,
    ]);
    expect(shortBody.json.error.code).toBe(132000);
    await harness.customerSends(customer, { text: 'ok' });
    const phone = (await harness.call('GET', `/sandbox/customers/${customer}/messages`)).json.items;
    expect(phone[0]).toMatchObject({ type: 'template', text: 'Hi Sam, order A-17 has shipped.' });
  });

  it('wants every named parameter of a NAMED template', async () => {
    await approvedTemplate({
      name: 'named_greeting',
      parameter_format: 'NAMED',
      components: [
        {
          type: 'BODY',
          text: 'Hello {{first_name}}, your table for {{party_size}} is ready.',
          example: {
            body_text_named_params: [
              { param_name: 'first_name', example: 'Mia' },
              { param_name: 'party_size', example: '4' },
            ],
          },
        },
      ],
    });
    const good = await sendTemplate('named_greeting', [
      { type: 'body', parameters: [text('Mia', 'first_name'), text('4', 'party_size')] },
    ]);
    expect(good.status).toBe(200);
    const wrong = await sendTemplate('named_greeting', [
      { type: 'body', parameters: [text('Mia', 'first_name'), text('4', 'size')] },
    ]);
    expect(wrong.json.error).toMatchObject({
      code: 132018,
      error_data: { details: 'body: missing parameter_name party_size' },
    });
  });

  it('bills a marketing template even inside the customer service window', async () => {
    await approvedTemplate({
      name: 'autumn_news',
      category: 'MARKETING',
      components: [{ type: 'BODY', text: 'New autumn menu is here.' }],
    });
    await harness.customerSends(customer, { text: 'Hi' });
    const wamid = (await sendTemplate('autumn_news', [])).json.messages[0].id as string;
    await expect
      .poll(() => harness.statusesOf(wamid)[0]?.pricing)
      .toEqual({
        billable: true,
        pricing_model: 'PMP',
        category: 'marketing',
        type: 'regular',
      });
  });
});
