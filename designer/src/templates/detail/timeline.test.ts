import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import { template, templateEvent } from '../fixtures.test-support';
import { editRule, reasonText, timelineEntries, timelineEntry } from './timeline';

const en = translator('en');
const ja = translator('ja');

describe('timelineEntry', () => {
  it('words a rejection with WhatsApp’s reason, who told and when', () => {
    const event = templateEvent({
      kind: 'status',
      status: 'REJECTED',
      reason: 'INCORRECT_CATEGORY',
      source: 'webhook',
      occurredAt: '2025-03-12T05:05:00.000Z',
    });
    expect(timelineEntry(event, en, 'en-GB')).toMatchObject({
      tone: 'danger',
      symbol: '✕',
      title: 'WhatsApp set the status to Rejected',
      status: 'REJECTED',
      reason:
        'The category doesn’t fit the content. Choose the one that fits, or allow WhatsApp to change it.',
      source: 'Notified by WhatsApp',
    });
    expect(timelineEntry(event, ja, 'ja')).toMatchObject({
      title: 'WhatsApp がステータスを「却下」に変更',
      reason:
        'カテゴリが内容に合っていません。適切なカテゴリを選ぶか、WhatsApp によるカテゴリの変更を許可してください。',
      source: 'WhatsApp からの通知',
    });
  });

  it('explains a pause with its information and WhatsApp’s own words', () => {
    const paused = templateEvent({
      status: 'PAUSED',
      reason: 'FIRST_PAUSE',
      detail: 'This message template has been paused for 3 hours due to low quality.',
      source: 'poll',
    });
    expect(timelineEntry(paused, en, 'en')).toMatchObject({
      tone: 'warning',
      reason: 'Paused for 3 hours because of low quality: customers reported or blocked it.',
      detail: 'WhatsApp’s words: This message template has been paused for 3 hours due to low quality.',
      source: 'Checked with WhatsApp',
    });
  });

  it('names the person who acted, and the categories WhatsApp moved it between', () => {
    const off = templateEvent({
      kind: 'disabled',
      status: null,
      source: 'person',
      actor: { id: '33333333-3333-4333-8333-333333333333', name: 'Aiko Tanaka' },
    });
    expect(timelineEntry(off, en, 'en')).toMatchObject({
      title: 'Turned off in Parley',
      source: 'By Aiko Tanaka',
    });
    expect(timelineEntry(off, ja, 'ja').source).toBe('Aiko Tanaka さんが操作');
    const moved = templateEvent({
      kind: 'category_changed',
      status: null,
      category: 'MARKETING',
      previousCategory: 'UTILITY',
      source: 'sync',
    });
    expect(timelineEntry(moved, ja, 'ja')).toMatchObject({
      title: 'WhatsApp がカテゴリを ユーティリティ から マーケティング に変更',
      source: '定期同期で検出',
    });
  });

  it('lists the newest first', () => {
    const older = templateEvent({
      kind: 'submitted',
      status: 'PENDING',
      occurredAt: '2025-03-01T09:00:00.000Z',
    });
    const newer = templateEvent({ status: 'APPROVED', occurredAt: '2025-03-01T10:00:00.000Z' });
    expect(timelineEntries([older, newer], en, 'en').map((e) => e.title)).toEqual([
      'WhatsApp set the status to Approved',
      'Submitted to WhatsApp for review',
    ]);
  });
});

describe('reasonText', () => {
  it('says "no reason" only of a rejection, and shows a code it does not know', () => {
    expect(reasonText('NONE', 'APPROVED', en)).toBeNull();
    expect(reasonText('NONE', 'REJECTED', en)).toBe('WhatsApp gave no reason.');
    expect(reasonText('SOMETHING_NEW', 'DISABLED', en)).toBe('WhatsApp’s reason: SOMETHING_NEW');
    expect(reasonText(null, 'REJECTED', en)).toBeNull();
  });
});

describe('editRule', () => {
  it('explains the rule for approved templates', () => {
    expect(editRule(template('a'), en, 'en')).toEqual({
      allowed: true,
      text: 'Approved templates can be edited once every 24 hours and up to 10 times in 30 days. The category can’t change, and the edit goes back to WhatsApp for review.',
    });
  });

  it('says why not and from when', () => {
    const limited = template('a', {
      edit: { allowed: false, reason: 'DAILY_LIMIT', allowedFrom: '2025-03-12T05:05:00.000Z' },
    });
    const { allowed, text } = editRule(limited, ja, 'ja');
    expect(allowed).toBe(false);
    expect(text).toMatch(
      /^承認済みのテンプレートの編集は 24 時間に 1 回までです。.* \d{4}\/03\/12 \d{1,2}:05 から再び編集できます。$/,
    );
    const pending = template('a', {
      status: 'PENDING',
      edit: { allowed: false, reason: 'STATUS', allowedFrom: null },
    });
    expect(editRule(pending, en, 'en').text).toBe(
      'A template can be edited while it is approved, rejected or paused. Its status now: In review.',
    );
  });
});
