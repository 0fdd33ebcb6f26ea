import { auditActions } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translator.test-support';
import { auditActionLabel, auditActorLabel } from './audit-labels';
import { fieldDiff, showValue } from './field-diff';

describe('auditActionLabel', () => {
  it('describes every action the contract records, in both languages', () => {
    for (const lang of ['en', 'ja'] as const) {
      const t = translator(lang);
      const labels = auditActions.map((action) => auditActionLabel(action, t));
      for (const [i, label] of labels.entries()) {
        expect(label, `${lang}: ${auditActions[i]}`).not.toContain('audit.action');
        expect(label.length).toBeGreaterThan(1);
      }
      expect(new Set(labels).size).toBe(auditActions.length);
    }
  });

  it('reads naturally', () => {
    expect(auditActionLabel('channel_account.disabled', translator('en'))).toBe(
      'Turned Parley off for a channel account',
    );
    expect(auditActionLabel('user.role_changed', translator('ja'))).toBe('メンバーの役割を変更');
  });

  it('shows an action recorded by a newer Parley as it was recorded', () => {
    expect(auditActionLabel('template.submitted', translator('ja'))).toBe('template.submitted');
  });
});

describe('auditActorLabel', () => {
  it('names people, and says when it was the operator or Parley', () => {
    const en = translator('en');
    expect(auditActorLabel({ type: 'user', id: null, label: 'Aiko Tanaka' }, en)).toBe('Aiko Tanaka');
    expect(auditActorLabel({ type: 'system', id: null, label: 'system' }, en)).toBe('Parley');
    expect(auditActorLabel({ type: 'operator', id: null, label: 'cli' }, translator('ja'))).toBe(
      '運用担当者（コマンドライン）',
    );
  });
});

describe('fieldDiff', () => {
  it('lists only the fields that changed', () => {
    expect(fieldDiff({ name: 'Support', enabled: true }, { name: 'Support JP', enabled: true })).toEqual([
      { field: 'name', before: 'Support', after: 'Support JP' },
    ]);
  });

  it('shows fields that appear or disappear, and non-text values as JSON', () => {
    expect(fieldDiff(null, { role: 'agent', scopes: ['inbox:read'] })).toEqual([
      { field: 'role', before: null, after: 'agent' },
      { field: 'scopes', before: null, after: '["inbox:read"]' },
    ]);
    expect(fieldDiff({ enabled: true, disabledAt: null }, { enabled: false })).toEqual([
      { field: 'enabled', before: 'true', after: 'false' },
    ]);
    expect(fieldDiff(null, null)).toEqual([]);
  });

  it('treats empty and absent alike', () => {
    expect(showValue('')).toBeNull();
    expect(showValue(undefined)).toBeNull();
    expect(showValue(0)).toBe('0');
  });
});
