import type { Conversation } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { contactDisplay, contactInitials, contactLabel, contactNumber, formatPhoneNumber } from './contact';
import { CONTACT_ID } from './fixtures.test-support';

type Who = Partial<Conversation['contact']>;
const contact = (who: Who): Conversation['contact'] => ({
  id: CONTACT_ID,
  name: null,
  platformId: null,
  userId: null,
  username: null,
  ...who,
});
const wa = (who: Who) => ({ channel: 'whatsapp' as const, contact: contact(who) });
const tg = (who: Who) => ({ channel: 'telegram' as const, contact: contact(who) });

describe('contactDisplay', () => {
  it('shows the name, with the number beside it', () => {
    expect(contactDisplay(wa({ name: 'Aiko Tanaka', platformId: '819012345678' }))).toEqual({
      label: 'Aiko Tanaka',
      detail: '+81 90 1234 5678',
      usernameOnly: false,
    });
  });

  it('else the @username, else the number formatted internationally', () => {
    expect(contactDisplay(wa({ username: 'aiko_t', platformId: '819012345678' })).label).toBe('@aiko_t');
    expect(contactDisplay(wa({ platformId: '819012345678' }))).toEqual({
      label: '+81 90 1234 5678',
      detail: null,
      usernameOnly: false,
    });
    expect(contactLabel(wa({ platformId: '14155550123' }), 'Customer')).toBe('+1 415 555 0123');
  });

  it('else a generic label', () => {
    expect(contactDisplay(wa({ name: '  ' })).label).toBeNull();
    expect(contactLabel(wa({ userId: 'JP.123' }), 'お客様')).toBe('お客様');
  });

  it('marks a customer known only by username and business-scoped id', () => {
    expect(contactDisplay(wa({ userId: 'JP.123', username: '@aiko' }))).toEqual({
      label: '@aiko',
      detail: null,
      usernameOnly: true,
    });
    expect(contactDisplay(wa({ name: 'Aiko', userId: 'JP.123', username: 'aiko' }))).toEqual({
      label: 'Aiko',
      detail: '@aiko',
      usernameOnly: true,
    });
    expect(
      contactDisplay(wa({ userId: 'JP.123', platformId: '819012345678', username: 'aiko' })).usernameOnly,
    ).toBe(false);
  });

  it('never shows a Telegram chat id as a phone number', () => {
    expect(contactNumber(tg({ platformId: '819012345678' }))).toBeNull();
    expect(contactDisplay(tg({ platformId: '123456789', username: 'ken' }))).toEqual({
      label: '@ken',
      detail: null,
      usernameOnly: false,
    });
  });
});

describe('formatPhoneNumber', () => {
  it('formats what looks like a number and refuses the rest', () => {
    expect(formatPhoneNumber('+81312345678')).toBe('+81 3 1234 5678');
    expect(formatPhoneNumber('ctc_01')).toBeNull();
    expect(formatPhoneNumber('12')).toBeNull();
  });
});

describe('contactInitials', () => {
  it('makes initials, including for non-Latin names', () => {
    expect(contactInitials('aiko tanaka')).toBe('AT');
    expect(contactInitials('田中')).toBe('田');
    expect(contactInitials('@ken')).toBe('K');
    expect(contactInitials(null)).toBeNull();
  });
});
