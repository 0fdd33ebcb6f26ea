import { describe, expect, it } from 'vitest';
import { templateRefusal } from './template-usability.js';

const now = new Date('2026-11-28T10:00:00.000Z');
const wabaId = '100000000000000';

const template = (overrides: Partial<Parameters<typeof templateRefusal>[0]> = {}) => ({
  name: 'order_update',
  wabaId,
  status: 'APPROVED',
  category: 'UTILITY',
  enabled: true,
  hasContent: true,
  ...overrides,
});
const japan = { wabaId, phone: '819012345678', userId: null };
const refusalCode = (
  overrides: Partial<Parameters<typeof templateRefusal>[0]>,
  conversation: Parameters<typeof templateRefusal>[1] = japan,
) => templateRefusal(template(overrides), conversation, now)?.code ?? null;

describe('templateRefusal', () => {
  it('lets an approved, enabled template Parley can fill in go to its account’s conversation', () => {
    expect(templateRefusal(template(), japan, now)).toBeNull();
    expect(templateRefusal(template({ category: 'MARKETING' }), japan, now)).toBeNull();
  });

  it('refuses a template of another WhatsApp Business Account, or for a conversation without one', () => {
    expect(templateRefusal(template(), { ...japan, wabaId: '200000000000000' }, now)).toEqual({
      code: 'TEMPLATE_OTHER_ACCOUNT',
      message: 'order_update belongs to another WhatsApp Business Account than this conversation',
    });
    expect(refusalCode({}, { ...japan, wabaId: null })).toBe('TEMPLATE_OTHER_ACCOUNT');
  });

  it('refuses a template turned off in Parley', () => {
    const refusal = templateRefusal(template({ enabled: false }), japan, now);
    expect(refusal?.code).toBe('TEMPLATE_DISABLED');
    expect(refusal?.message).toContain('order_update is turned off in Parley');
  });

  it.each(['SUBMITTING', 'PENDING', 'PAUSED', 'REJECTED', 'DISABLED', 'DELETED', 'IN_APPEAL'])(
    'refuses a %s template',
    (status) => {
      const refusal = templateRefusal(template({ status }), japan, now);
      expect(refusal?.code).toBe('TEMPLATE_NOT_APPROVED');
      expect(refusal?.message).toBe(
        `order_update is ${status.toLowerCase()} on WhatsApp; only approved templates can be sent`,
      );
    },
  );

  it('lets a FLAGGED template still go (WhatsApp only watches its quality)', () => {
    expect(refusalCode({ status: 'FLAGGED' })).toBeNull();
  });

  it('refuses an imported template Parley cannot fill in', () => {
    expect(refusalCode({ hasContent: false })).toBe('TEMPLATE_NOT_SUPPORTED');
  });

  it('checks in order: account, switch, status, content', () => {
    expect(
      refusalCode({ enabled: false, status: 'PENDING', hasContent: false }, { ...japan, wabaId: 'x' }),
    ).toBe('TEMPLATE_OTHER_ACCOUNT');
    expect(refusalCode({ enabled: false, status: 'PENDING', hasContent: false })).toBe('TEMPLATE_DISABLED');
    expect(refusalCode({ status: 'PENDING', hasContent: false })).toBe('TEMPLATE_NOT_APPROVED');
  });

  it('refuses marketing to a US number, saying nothing was sent or charged', () => {
    const refusal = templateRefusal(
      template({ category: 'MARKETING' }),
      { wabaId, phone: '12125550123', userId: null },
      now,
    );
    expect(refusal).toEqual({
      code: 'MARKETING_NOT_DELIVERED_US',
      message:
        'WhatsApp does not deliver marketing templates to US numbers (since 2025-04-01); nothing was sent or charged',
    });
  });

  it('lets marketing go to Canada (+1 416) and Puerto Rico (+1 787), which share the +1 code', () => {
    expect(refusalCode({ category: 'MARKETING' }, { wabaId, phone: '14165550123', userId: null })).toBeNull();
    expect(refusalCode({ category: 'MARKETING' }, { wabaId, phone: '17875550123', userId: null })).toBeNull();
  });

  it('refuses marketing to a US customer known only by their business-scoped user id', () => {
    expect(
      refusalCode({ category: 'MARKETING' }, { wabaId, phone: null, userId: 'US.13491208655302741918' }),
    ).toBe('MARKETING_NOT_DELIVERED_US');
    expect(
      refusalCode({ category: 'MARKETING' }, { wabaId, phone: null, userId: 'JP.13491208655302741918' }),
    ).toBeNull();
  });

  it('lets utility and authentication templates go to US numbers', () => {
    const us = { wabaId, phone: '12125550123', userId: null };
    expect(refusalCode({ category: 'UTILITY' }, us)).toBeNull();
    expect(refusalCode({ category: 'AUTHENTICATION' }, us)).toBeNull();
  });

  it('let marketing reach US numbers before WhatsApp stopped delivering it', () => {
    expect(
      templateRefusal(
        template({ category: 'MARKETING' }),
        { wabaId, phone: '12125550123', userId: null },
        new Date('2025-03-31T23:59:59.000Z'),
      ),
    ).toBeNull();
  });
});
