import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customer, startGraphHarness, type GraphHarness } from '../fixtures/graph-harness.fixture.js';

let harness: GraphHarness;
beforeEach(async () => {
  harness = await startGraphHarness();
  await harness.customerSends(customer, { text: 'Hi' });
});
afterEach(async () => harness.close());

const interactive = (value: Record<string, unknown>) =>
  harness.send({ to: customer, type: 'interactive', interactive: value });
const reply = (id: string, title: string) => ({ type: 'reply', reply: { id, title } });
const row = (id: string) => ({ id, title: `Row ${id}` });

describe('interactive messages', () => {
  it('accepts cta_url and voice_call, which the spec lacks, with their own limits', async () => {
    const ctaUrl = {
      type: 'cta_url',
      body: { text: 'See your order' },
      action: { name: 'cta_url', parameters: { display_text: 'Open order', url: 'https://example.com/o/1' } },
    };
    expect((await interactive(ctaUrl)).status).toBe(200);
    const longLabel = await interactive({
      ...ctaUrl,
      action: { name: 'cta_url', parameters: { display_text: 'x'.repeat(21), url: 'https://example.com' } },
    });
    expect(longLabel.json.error).toMatchObject({
      code: 100,
      error_data: { details: expect.stringContaining('interactive.action.parameters.display_text') },
    });
    const voiceCall = {
      type: 'voice_call',
      body: { text: 'Talk to us' },
      action: { name: 'voice_call', parameters: { display_text: 'Call now' } },
    };
    expect((await interactive(voiceCall)).status).toBe(200);
    expect(
      (await harness.send({ to: customer, type: 'interactive', interactive: ctaUrl, extra: 1 })).json.error
        .error_data.details,
    ).toContain('extra');
  });

  it('answers 131009 for rules beyond the spec: unique buttons, at most 10 rows, titled sections', async () => {
    const buttons = (...items: unknown[]) => ({
      type: 'button',
      body: { text: 'Pick one' },
      action: { buttons: items },
    });
    expect((await interactive(buttons(reply('a', 'Same'), reply('b', 'Same')))).json.error).toMatchObject({
      code: 131009,
      message: '(#131009) Parameter value is not valid',
      error_data: { details: 'Button titles must be unique' },
    });
    expect(
      (await interactive(buttons(reply('a', 'One'), reply('a', 'Two')))).json.error.error_data.details,
    ).toBe('Button ids must be unique');
    const list = (...sections: unknown[]) => ({
      type: 'list',
      body: { text: 'Choose' },
      action: { button: 'Menu', sections },
    });
    const eleven = Array.from({ length: 11 }, (_, i) => row(String(i)));
    expect(
      (
        await interactive(
          list({ title: 'A', rows: eleven.slice(0, 6) }, { title: 'B', rows: eleven.slice(6) }),
        )
      ).json.error.error_data.details,
    ).toBe('A list can have at most 10 rows in total');
    expect(
      (await interactive(list({ rows: [row('1')] }, { title: 'B', rows: [row('2')] }))).json.error.code,
    ).toBe(131009);
    expect((await interactive(list({ rows: [row('1'), row('2')] }))).status).toBe(200);
    expect((await interactive(buttons(reply('a', 'x'.repeat(21))))).json.error.code).toBe(100); // the spec's own limit
  });
});
