import { describe, expect, it } from 'vitest';
import { contactInitials, contactLabel, contactNumber } from './contact';

const wa = (id: string, name: string | null) => ({ channel: 'whatsapp' as const, contact: { id, name } });
const tg = (id: string, name: string | null) => ({ channel: 'telegram' as const, contact: { id, name } });

describe('contact display', () => {
  it('shows the name, else the number, else the id', () => {
    expect(contactLabel(wa('819012345678', 'Aiko Tanaka'))).toBe('Aiko Tanaka');
    expect(contactLabel(wa('819012345678', null))).toBe('+819012345678');
    expect(contactLabel(wa('ctc_01', '  '))).toBe('ctc_01');
    expect(contactNumber(wa('ctc_01', null))).toBeNull();
  });

  it('never formats a Telegram chat id (or an unknown channel’s id) as a phone number', () => {
    expect(contactNumber(tg('123456789', 'Ken'))).toBeNull();
    expect(contactLabel(tg('123456789', null))).toBe('123456789');
    expect(contactLabel({ channel: 'other', contact: { id: '819012345678', name: null } })).toBe(
      '819012345678',
    );
  });

  it('makes initials, including for non-Latin names', () => {
    expect(contactInitials({ id: '1', name: 'aiko tanaka' })).toBe('AT');
    expect(contactInitials({ id: '1', name: '田中' })).toBe('田');
    expect(contactInitials({ id: '1', name: null })).toBeNull();
  });
});
