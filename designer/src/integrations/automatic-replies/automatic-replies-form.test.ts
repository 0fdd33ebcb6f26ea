import { defaultAutomaticReplies, updateAutomaticRepliesSchema } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.test-support';
import {
  autoRepliesRequest,
  autoRepliesResolver,
  autoRepliesValues,
  rewordForLanguage,
  type AutoRepliesValues,
  type Wording,
} from './automatic-replies-form';

const wording: Wording = (language, kind) => `${kind} in ${language}`;
const resolve = (values: AutoRepliesValues) =>
  autoRepliesResolver(translator('ja'))(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('autoRepliesValues', () => {
  it('offers Parley’s wording in the replies’ language where nothing is written', () => {
    const values = autoRepliesValues(
      { ...defaultAutomaticReplies, away: { enabled: true, text: '本日は終了しました' } },
      wording,
    );
    expect(values.greeting).toEqual({ enabled: false, text: 'greeting in ja' });
    expect(values.away).toEqual({ enabled: true, text: '本日は終了しました' });
    expect(values.hours.enabled).toBe(false);
  });
});

describe('rewordForLanguage', () => {
  it('changes Parley’s wording with the language, and keeps the admin’s own words', () => {
    expect(rewordForLanguage('greeting in ja', 'greeting', 'ja', 'en', wording)).toBe('greeting in en');
    expect(rewordForLanguage('  ', 'away', 'ja', 'en', wording)).toBe('away in en');
    expect(rewordForLanguage('Our own words', 'away', 'ja', 'en', wording)).toBe('Our own words');
  });
});

describe('autoRepliesRequest', () => {
  it('sends the whole setting in the contract’s shape, blank words as none', () => {
    const values = autoRepliesValues(defaultAutomaticReplies, wording);
    values.greeting = { enabled: true, text: 'Hello!' };
    values.away.text = ' ';
    values.hours.enabled = true;
    const { body } = autoRepliesRequest(values, null);
    expect(body).toMatchObject({
      language: 'ja',
      greeting: { enabled: true, text: 'Hello!' },
      away: { enabled: false, text: null },
      businessHours: { timeZone: 'Asia/Tokyo', closedDates: [] },
      fallbackTemplate: null,
    });
    expect(updateAutomaticRepliesSchema.safeParse(body).success).toBe(true);
  });

  it('names the form field of each of the API’s issue paths', () => {
    const values = autoRepliesValues(defaultAutomaticReplies, wording);
    values.hours.enabled = true;
    const { fieldOf } = autoRepliesRequest(values, null);
    expect(fieldOf('greeting.text')).toBe('greeting.text');
    expect(fieldOf('businessHours')).toBe('hours.enabled');
    expect(fieldOf('businessHours.weekly.4.closes')).toBe('hours.days.4.ranges.0.closes');
    expect(fieldOf('businessHours.timeZone')).toBe('hours.timeZone');
    expect(fieldOf('fallbackTemplate.templateId')).toBeNull();
  });
});

describe('autoRepliesResolver', () => {
  it('words the contract’s checks under their fields', async () => {
    const values = autoRepliesValues(defaultAutomaticReplies, wording);
    values.greeting = { enabled: true, text: '' };
    values.away.enabled = true;
    const { errors } = await resolve(values);
    expect(errors.greeting?.text?.message).toBe('送信するメッセージを入力してください。');
    expect(errors.hours?.enabled?.message).toBe('不在メッセージには営業時間の設定が必要です。');
  });

  it('says a range must close after it opens', async () => {
    const values = autoRepliesValues(defaultAutomaticReplies, wording);
    values.hours.enabled = true;
    values.hours.days[0]!.ranges[0] = { opens: '18:00', closes: '09:00' };
    const { errors } = await resolve(values);
    expect(errors.hours?.days?.[0]?.ranges?.[0]?.closes?.message).toBe(
      '終了は開始より後の時刻にしてください。',
    );
  });

  it('passes settings the contract takes', async () => {
    const values = autoRepliesValues(defaultAutomaticReplies, wording);
    expect((await resolve(values)).errors).toEqual({});
  });
});
