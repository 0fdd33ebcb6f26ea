import { describe, expect, it } from 'vitest';
import {
  editAllowanceSchema,
  listTemplatesQuery,
  sendableTemplateStatuses,
  sendTemplateSchema,
  templateGroupInputSchema,
  templateSchema,
} from './template.schema.js';

const id = '0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b';
const template = {
  id,
  wabaId: '102290129340398',
  platformTemplateId: '1689556908129832',
  name: 'order_shipped_ja',
  language: 'ja',
  status: 'APPROVED',
  statusReason: null,
  previousCategory: null,
  upcomingCategory: 'MARKETING',
  enabled: true,
  group: { id, name: '発送通知' },
  origin: 'parley',
  content: {
    category: 'UTILITY',
    header: null,
    body: 'ご注文{{1}}を発送しました。',
    examples: { '1': 'A-1024' },
    footer: '',
    buttons: [],
    authentication: null,
    allowCategoryChange: false,
  },
  headerFile: null,
  edit: { allowed: false, reason: 'DAILY_LIMIT', allowedFrom: '2025-06-16T07:00:00.000Z' },
  syncedAt: '2025-06-15T12:00:00.000Z',
  createdAt: '2025-06-01T09:00:00+09:00',
  updatedAt: '2025-06-15T12:00:00Z',
  createdBy: { id, name: '山田太郎' },
};

describe('templateSchema', () => {
  it('takes a template as the API gives it, and an imported one in a language Parley does not list', () => {
    expect(templateSchema.parse(template)).toEqual(template);
    expect(
      templateSchema.safeParse({ ...template, origin: 'imported', language: 'xx_YY', content: null }).success,
    ).toBe(true);
  });

  it('refuses an unknown status or an edit allowance of another shape', () => {
    expect(templateSchema.safeParse({ ...template, status: 'LIVE' }).success).toBe(false);
    expect(
      templateSchema.safeParse({ ...template, edit: { allowed: false, reason: 'DAILY_LIMIT' } }).success,
    ).toBe(false);
    expect(
      editAllowanceSchema.safeParse({ allowed: false, reason: 'WEEKLY', allowedFrom: null }).success,
    ).toBe(false);
    expect(editAllowanceSchema.safeParse({ allowed: true }).success).toBe(true);
  });

  it('sends in approved and flagged templates only', () => {
    expect(sendableTemplateStatuses).toEqual(['APPROVED', 'FLAGGED']);
  });
});

describe('sendTemplateSchema', () => {
  it('defaults to no parameters', () => {
    expect(sendTemplateSchema.parse({ templateId: id })).toEqual({
      templateId: id,
      parameters: { body: {}, buttons: {} },
    });
    expect(sendTemplateSchema.parse({ templateId: id, parameters: { header: '佐藤' } }).parameters).toEqual({
      header: '佐藤',
      body: {},
      buttons: {},
    });
  });

  it('keys buttons by their one-digit index and caps values', () => {
    const send = (parameters: unknown) => sendTemplateSchema.safeParse({ templateId: id, parameters });
    expect(send({ body: { '1': '佐藤', order_id: 'A-1' }, buttons: { '0': 'a', '9': 'b' } }).success).toBe(
      true,
    );
    expect(send({ buttons: { '10': 'a' } }).success).toBe(false);
    expect(send({ buttons: { first: 'a' } }).success).toBe(false);
    expect(send({ body: { '1': 'x'.repeat(1025) } }).success).toBe(false);
    expect(send({ header: 'x'.repeat(1025) }).success).toBe(false);
    expect(send({ headerFileId: 'photo.jpg' }).success).toBe(false);
  });
});

describe('template lists and groups', () => {
  it('trims a group name and caps it at 60 characters', () => {
    expect(templateGroupInputSchema.parse({ name: '  発送通知 ' })).toEqual({ name: '発送通知' });
    expect(templateGroupInputSchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(templateGroupInputSchema.safeParse({ name: 'g'.repeat(61) }).success).toBe(false);
  });

  it('filters by known statuses and categories', () => {
    expect(listTemplatesQuery.parse({ status: 'PAUSED', category: 'MARKETING', language: 'ja' })).toEqual({
      status: 'PAUSED',
      category: 'MARKETING',
      language: 'ja',
    });
    expect(listTemplatesQuery.safeParse({ status: 'paused' }).success).toBe(false);
    expect(listTemplatesQuery.safeParse({ category: 'SERVICE' }).success).toBe(false);
  });
});
