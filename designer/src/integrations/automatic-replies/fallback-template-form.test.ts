import { automaticRepliesSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { templateContent, usableTemplate, template } from '../../templates/fixtures.test-support';
import { TEMPLATE_FIELD } from '../../templates/send/send-template-form';
import { fallbackChoices, fallbackRequest, fallbackValues } from './fallback-template-form';

const followUp = usableTemplate('follow_up', {
  content: templateContent({
    header: { format: 'TEXT', text: 'Order {{1}}', example: 'A-1' },
    body: 'Hello {{1}}, we will be back {{2}}.',
    examples: { '1': 'Aiko', '2': 'soon' },
    buttons: [{ type: 'URL', text: 'Track', url: 'https://shop.example/t/{{1}}', example: 'A-1' }],
  }),
});

describe('fallbackChoices', () => {
  it('offers the approved, enabled templates, and keeps the current one with its reason', () => {
    const approved = template('approved');
    const pending = template('pending', { status: 'PENDING' });
    const off = template('off', { enabled: false });
    const choices = fallbackChoices([approved, pending, off], off.id);
    expect(choices.map((c) => [c.name, c.unusableReason])).toEqual([
      ['approved', null],
      ['off', 'TEMPLATE_DISABLED'],
    ]);
  });
});

describe('fallback values', () => {
  const saved = {
    templateId: followUp.id,
    parameters: { header: 'B-2', body: { '1': 'Hanako', '2': 'tomorrow' }, buttons: { '0': 'B-2' } },
  };

  it('fills the saved values in the send dialog’s fields, and back', () => {
    const values = fallbackValues(saved, followUp);
    expect(values).toEqual({
      [TEMPLATE_FIELD]: followUp.id,
      header: 'B-2',
      body_1: 'Hanako',
      body_2: 'tomorrow',
      button_0: 'B-2',
    });
    const request = fallbackRequest(followUp, values);
    expect(request).toEqual(saved);
    expect(automaticRepliesSchema.shape.fallbackTemplate.safeParse(request).success).toBe(true);
  });

  it('starts without a choice when there is no fallback', () => {
    expect(fallbackValues(null, undefined)).toEqual({ [TEMPLATE_FIELD]: '' });
  });
});
