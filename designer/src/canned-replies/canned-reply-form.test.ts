import { cannedReplyTextLength } from '@parley/contracts';
import type { FieldErrors, ResolverOptions } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { translator } from '../i18n/translator.test-support';
import {
  cannedReplyCandidate,
  cannedReplyField,
  cannedReplyResolver,
  cannedReplyValues,
  previewCannedReply,
  textPreview,
  type CannedReplyFormValues,
} from './canned-reply-form';
import { reportCannedReplyFailure } from './use-canned-reply-form';

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<CannedReplyFormValues>;
const resolve = async (values: CannedReplyFormValues, lang: 'en' | 'ja' = 'en') =>
  cannedReplyResolver(translator(lang))(values, undefined, options);
const messages = (errors: FieldErrors<CannedReplyFormValues>) =>
  Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, error?.message]));

const reply = {
  id: '00000000-0000-4000-8000-000000000001',
  shortcut: 'hours',
  title: 'Opening hours',
  text: 'Hello {{contact.name}}, we are open 9–18.',
  createdAt: '2025-06-01T00:00:00.000Z',
  updatedAt: '2025-06-01T00:00:00.000Z',
};

describe('the canned reply form', () => {
  it('starts blank, or from the reply being edited', () => {
    expect(cannedReplyValues(null)).toEqual({ title: '', shortcut: '', text: '' });
    expect(cannedReplyValues(reply)).toEqual({
      title: 'Opening hours',
      shortcut: 'hours',
      text: 'Hello {{contact.name}}, we are open 9–18.',
    });
  });

  it('sends the contract’s body: trimmed, and the shortcut without the / agents type before it', async () => {
    expect(cannedReplyCandidate({ title: 'T', shortcut: ' /営業時間 ', text: 'x' }).shortcut).toBe(
      '営業時間',
    );
    const result = await resolve({ title: '  Opening hours ', shortcut: '/hours', text: ' Hi \n' });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ title: 'Opening hours', shortcut: 'hours', text: 'Hi' });
  });

  it('words the contract’s checks under the field they are about', async () => {
    const blank = await resolve({ title: ' ', shortcut: '', text: '' });
    expect(messages(blank.errors)).toEqual({
      title: 'Enter a title.',
      shortcut: 'Enter a shortcut.',
      text: 'Write the text.',
    });
    const wrong = await resolve({
      title: 'x'.repeat(121),
      shortcut: 'open hours',
      text: 'x'.repeat(cannedReplyTextLength + 1),
    });
    expect(messages(wrong.errors)).toEqual({
      title: 'Use at most 120 characters.',
      shortcut: 'Use only letters, digits, - and _ (no spaces).',
      text: `Use at most ${cannedReplyTextLength} characters.`,
    });
    const long = await resolve({ title: 'T', shortcut: 'a'.repeat(33), text: 'x' }, 'ja');
    expect(messages(long.errors)).toEqual({ shortcut: '32 文字以内にしてください。' });
  });

  it('knows which field a path of the API’s issues names', () => {
    expect(cannedReplyField('shortcut')).toBe('shortcut');
    expect(cannedReplyField('text')).toBe('text');
    expect(cannedReplyField('body')).toBeNull();
  });
});

describe('reportCannedReplyFailure', () => {
  const t = translator('en');

  it('puts a taken shortcut under the shortcut, leaving nothing for the alert', () => {
    const setError = vi.fn();
    const left = reportCannedReplyFailure(
      new ApiError('SHORTCUT_TAKEN', 'another canned reply already has the shortcut hours', 409),
      setError,
      t,
    );
    expect(left).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'shortcut',
      { type: 'server', message: 'Another canned reply already has this shortcut.' },
      { shouldFocus: true },
    );
  });

  it('puts the API’s issues under their fields, and keeps the error when one names no field', () => {
    const setError = vi.fn();
    const issues = [
      { path: 'title', message: 'too long' },
      { path: 'body', message: 'not JSON' },
    ];
    const error = new ApiError('INVALID_INPUT', 'Invalid body', 400, issues);
    expect(reportCannedReplyFailure(error, setError, t)).toBe(error);
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith(
      'title',
      { type: 'server', message: 'too long' },
      { shouldFocus: true },
    );
    const forbidden = new ApiError('FORBIDDEN', 'needs templates:manage', 403);
    expect(reportCannedReplyFailure(forbidden, vi.fn(), t)).toBe(forbidden);
  });
});

describe('previewCannedReply', () => {
  it('fills every variable with the sample values of the person’s language', () => {
    const text =
      '{{contact.name}} / {{ contact.username }} / {{contact.phone}} / {{agent.name}} / {{team.name}}';
    expect(previewCannedReply(text, translator('en'))).toEqual({
      text: 'Hanako Yamada / hanako_y / 819012345678 / Ken Sato / Support',
      unknownVariables: [],
    });
    expect(previewCannedReply('{{contact.name}}様', translator('ja')).text).toBe('山田 花子様');
  });

  it('leaves the variables Parley does not know as written, and names them', () => {
    expect(previewCannedReply('Hi {{contact.first_name}}', translator('en'))).toEqual({
      text: 'Hi {{contact.first_name}}',
      unknownVariables: ['contact.first_name'],
    });
  });
});

describe('textPreview', () => {
  it('shows the text on one line, cut at a character (not inside a surrogate pair)', () => {
    expect(textPreview('Hello\n\n  there')).toBe('Hello there');
    expect(textPreview('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(textPreview('abcde', 5)).toBe('abcde');
  });
});
