import { defaultAutomaticReplies, type AutomaticReplies } from '@parley/contracts';
import type { FieldErrors, ResolverOptions } from 'react-hook-form';
import { get } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translator.test-support';
import {
  accountHoursRequest,
  accountHoursResolver,
  accountHoursValues,
  placeAccountHoursIssues,
  type AccountHoursValues,
} from './account-hours-form';

const hours = {
  timeZone: 'Asia/Tokyo',
  weekly: [
    { day: 1, opens: '09:00', closes: '12:00' },
    { day: 1, opens: '13:00', closes: '18:00' },
  ],
  closedDates: ['2025-05-05'],
};

/** An account whose every automatic reply is set, so a save that changed any would show. */
const settings: AutomaticReplies = {
  language: 'en',
  greeting: { enabled: true, text: 'Hello!' },
  away: { enabled: true, text: 'We are closed.' },
  businessHours: hours,
  fallbackTemplate: {
    templateId: '00000000-0000-4000-8000-000000000009',
    parameters: { body: { '1': 'there' }, buttons: {} },
  },
};

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<AccountHoursValues>;
const message = (errors: FieldErrors<AccountHoursValues>, path: string) =>
  (get(errors, path) as { message?: string } | undefined)?.message;

describe('accountHoursRequest', () => {
  it('changes only the hours: the language, greeting, away message and fallback template go back as stored', () => {
    const values = accountHoursValues(settings);
    values.hours.days[1] = { day: 2, open: true, ranges: [{ opens: '10:00', closes: '16:00' }] };
    const { body } = accountHoursRequest(settings, values);
    expect(body).toEqual({
      language: 'en',
      greeting: { enabled: true, text: 'Hello!' },
      away: { enabled: true, text: 'We are closed.' },
      businessHours: {
        timeZone: 'Asia/Tokyo',
        weekly: [...hours.weekly, { day: 2, opens: '10:00', closes: '16:00' }],
        closedDates: ['2025-05-05'],
      },
      fallbackTemplate: settings.fallbackTemplate,
    });
  });

  it('keeps replies without words as they are (null), not filled with Parley’s wording', () => {
    const { body } = accountHoursRequest(
      defaultAutomaticReplies,
      accountHoursValues(defaultAutomaticReplies),
    );
    expect(body).toEqual({ ...defaultAutomaticReplies, businessHours: null });
  });

  it('knows the form field of a path of the request, and none for the other settings', () => {
    const { fieldOf } = accountHoursRequest(settings, accountHoursValues(settings));
    expect(fieldOf('businessHours')).toBe('hours.enabled');
    expect(fieldOf('businessHours.timeZone')).toBe('hours.timeZone');
    expect(fieldOf('businessHours.weekly.1.closes')).toBe('hours.days.0.ranges.1.closes');
    expect(fieldOf('businessHours.closedDates.0')).toBe('hours.closedDates.0.date');
    expect(fieldOf('fallbackTemplate.templateId')).toBeNull();
    expect(fieldOf('away.text')).toBeNull();
  });
});

describe('accountHoursResolver', () => {
  it('passes hours the contract accepts', async () => {
    const result = await accountHoursResolver(settings, translator('en'))(
      accountHoursValues(settings),
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
  });

  it('refuses turning the hours off while the away message needs them, under the switch', async () => {
    const values = accountHoursValues(settings);
    values.hours.enabled = false;
    const result = await accountHoursResolver(settings, translator('ja'))(values, undefined, options);
    expect(message(result.errors, 'hours.enabled')).toBe(
      'このアカウントでは不在メッセージがオンになっており、営業時間が必要です。先に自動返信で不在メッセージをオフにしてください。',
    );
    const withoutAway = { ...settings, away: { enabled: false, text: null } };
    const off = await accountHoursResolver(withoutAway, translator('ja'))(values, undefined, options);
    expect(off.errors).toEqual({});
  });

  it('words a range that closes before it opens under that range, as the automatic replies do', async () => {
    const values = accountHoursValues(settings);
    values.hours.days[0] = { day: 1, open: true, ranges: [{ opens: '18:00', closes: '09:00' }] };
    const result = await accountHoursResolver(settings, translator('en'))(values, undefined, options);
    expect(message(result.errors, 'hours.days.0.ranges.0.closes')).toBe(
      translator('en')('autoReplies.issue.closesAfterOpens'),
    );
  });
});

describe('placeAccountHoursIssues', () => {
  const t = translator('en');
  const { fieldOf } = accountHoursRequest(settings, accountHoursValues(settings));

  it('puts the hours’ issues under their fields, the away message’s need in the admin’s language', () => {
    const placed = placeAccountHoursIssues(
      [
        { path: 'businessHours', message: 'the away message needs business hours' },
        { path: 'businessHours.weekly.1.opens', message: 'a time as HH:MM (00:00–23:59)' },
      ],
      fieldOf,
      t,
    );
    expect(placed.fields).toEqual([
      { field: 'hours.enabled', message: t('settingsWork.businessHours.issue.awayNeedsHours') },
      { field: 'hours.days.0.ranges.1.opens', message: 'a time as HH:MM (00:00–23:59)' },
    ]);
    expect(placed.rest).toEqual([]);
  });

  it('leaves the other settings’ issues (a fallback template since deleted) for the alert', () => {
    const deleted = { path: 'fallbackTemplate.templateId', message: 'template … does not exist' };
    expect(placeAccountHoursIssues([deleted], fieldOf, t)).toEqual({ fields: [], rest: [deleted] });
  });
});
