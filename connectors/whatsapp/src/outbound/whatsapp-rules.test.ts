import { describe, expect, it } from 'vitest';
import { outboundExamples } from '../fixtures/outbound-messages.fixture.js';
import { whatsappCapabilityIssues } from '../send.js';
import { maxTemplateParameters, whatsappRuleIssues } from './whatsapp-rules.js';

const limits = (issues: { limit: string }[]) => issues.map((issue) => issue.limit);
const text = (n: number) => ({ type: 'text' as const, text: `v${n}` });

describe('whatsappRuleIssues', () => {
  it.each(outboundExamples)('finds nothing wrong with $name', ({ message }) => {
    expect(whatsappCapabilityIssues(message)).toEqual([]);
  });

  it('wants unique reply button titles', () => {
    const issues = whatsappRuleIssues({
      type: 'reply_buttons',
      body: 'Pick',
      buttons: [
        { id: 'a', title: 'Same' },
        { id: 'b', title: 'Same' },
      ],
    });
    expect(issues).toEqual([
      { path: 'buttons', limit: 'replyButtons.uniqueTitles', message: 'WhatsApp needs unique button titles' },
    ]);
  });

  it('allows a single untitled list section', () => {
    expect(
      whatsappRuleIssues({
        type: 'list',
        body: 'Pick',
        buttonLabel: 'Open',
        sections: [{ rows: [{ id: 'a', title: 'A' }] }],
      }),
    ).toEqual([]);
  });

  it('bounds template parameters and the header to one', () => {
    const body = Array.from({ length: maxTemplateParameters }, (_, i) => text(i));
    expect(whatsappRuleIssues({ type: 'template', name: 't', language: 'en', body })).toEqual([]);
    expect(
      limits(whatsappRuleIssues({ type: 'template', name: 't', language: 'en', body: [...body, text(0)] })),
    ).toEqual(['templates.maxParameters']);
    expect(
      limits(whatsappRuleIssues({ type: 'template', name: 't', language: 'en', header: [text(1), text(2)] })),
    ).toEqual(['templates.headerParameters']);
  });

  it('keeps payloads to quick replies, and coupon codes to 15 characters', () => {
    const issues = whatsappRuleIssues({
      type: 'template',
      name: 't',
      language: 'en',
      body: [{ type: 'payload', payload: 'p' }],
      buttons: [
        { subType: 'url', index: 0, parameters: [{ type: 'payload', payload: 'p' }] },
        { subType: 'copy_code', index: 1, parameters: [{ type: 'text', text: 'X'.repeat(16) }] },
        { subType: 'quick_reply', index: 1, parameters: [{ type: 'payload', payload: 'p' }] },
      ],
    });
    expect(issues.map((issue) => `${issue.path} ${issue.limit}`)).toEqual([
      'body.0 templates.parameterType',
      'buttons templates.buttonIndexes',
      'buttons.0.parameters templates.buttonParameters',
      'buttons.1.parameters.0 templates.couponCodeLength',
    ]);
  });

  it('combines with the SDK check, naming every problem', () => {
    const issues = whatsappCapabilityIssues({
      type: 'reply_buttons',
      body: 'Pick',
      buttons: [1, 2, 3, 4].map(() => ({ id: 'same', title: 'A title over twenty chars' })),
    });
    expect(new Set(limits(issues))).toEqual(
      new Set([
        'replyButtons.maxButtons',
        'replyButtons.maxTitleLength',
        'replyButtons.uniqueIds',
        'replyButtons.uniqueTitles',
      ]),
    );
  });
});
