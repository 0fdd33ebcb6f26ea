import { describe, expect, it } from 'vitest';
import { contactInitials, contactLabel, contactNumber } from './contact';

describe('contact display', () => {
  it('shows the name, else the number', () => {
    expect(contactLabel({ id: '819012345678', name: 'Aiko Tanaka' })).toBe('Aiko Tanaka');
    expect(contactLabel({ id: '819012345678', name: null })).toBe('+819012345678');
    expect(contactLabel({ id: 'ctc_01', name: '  ' })).toBe('ctc_01');
    expect(contactNumber({ id: 'ctc_01', name: null })).toBeNull();
  });

  it('makes initials, including for non-Latin names', () => {
    expect(contactInitials({ id: '1', name: 'aiko tanaka' })).toBe('AT');
    expect(contactInitials({ id: '1', name: '田中' })).toBe('田');
    expect(contactInitials({ id: '1', name: null })).toBeNull();
  });
});
