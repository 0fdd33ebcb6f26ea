import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { translator } from '../i18n/translator.test-support';
import { blankAsAbsent } from './blank-as-absent';
import { fieldErrorText } from './field-error-text';
import { reportToForm, splitIssues } from './report-to-form';

describe('splitIssues', () => {
  it('puts issues on the fields they name, the first one per field', () => {
    const issues = [
      { path: 'scopes.2', message: 'not yours' },
      { path: 'scopes.3', message: 'not yours either' },
      { path: 'name', message: 'too long' },
      { path: 'body', message: 'bad' },
    ];
    expect(splitIssues(issues, ['name', 'scopes'])).toEqual({
      onFields: [
        { field: 'scopes', message: 'not yours' },
        { field: 'name', message: 'too long' },
      ],
      rest: [{ path: 'body', message: 'bad' }],
    });
  });

  it('does not confuse fields that share a prefix', () => {
    expect(splitIssues([{ path: 'names', message: 'x' }], ['name']).onFields).toEqual([]);
  });
});

describe('reportToForm', () => {
  const invalid = (path: string) =>
    new ApiError('INVALID_INPUT', `${path}: wrong`, 400, [{ path, message: 'wrong' }]);

  it('shows field issues on the fields and leaves nothing for the alert', () => {
    const setError = vi.fn();
    expect(reportToForm(invalid('currentPassword'), setError, ['currentPassword', 'newPassword'])).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'currentPassword',
      { type: 'server', message: 'wrong' },
      { shouldFocus: true },
    );
  });

  it('puts a code about one field on that field', () => {
    const setError = vi.fn();
    const taken = new ApiError('EMAIL_TAKEN', 'taken', 409);
    const codeFields = { EMAIL_TAKEN: { field: 'email' as const, message: 'Already has an account' } };
    expect(reportToForm(taken, setError, ['email', 'role'], codeFields)).toBeNull();
    expect(setError).toHaveBeenCalledWith(
      'email',
      expect.objectContaining({ message: 'Already has an account' }),
      {
        shouldFocus: true,
      },
    );
  });

  it('returns what the fields cannot show', () => {
    const setError = vi.fn();
    const locked = new ApiError('SIGN_IN_LOCKED', 'try later', 429);
    expect(reportToForm(locked, setError, ['email', 'password'])).toBe(locked);
    expect(reportToForm(invalid('state'), setError, ['pin'])?.code).toBe('INVALID_INPUT');
    expect(reportToForm(new TypeError('Failed to fetch'), setError, ['pin'])?.code).toBe('NETWORK');
    expect(setError).not.toHaveBeenCalled();
  });
});

describe('fieldErrorText', () => {
  it('explains browser checks in the person’s language, with a field’s own wording first', () => {
    const en = translator('en');
    expect(fieldErrorText({ type: 'too_small', message: 'Too small' }, en)).toBe('This is required.');
    expect(fieldErrorText({ type: 'invalid_format' }, translator('ja'))).toBe('正しい形式ではありません。');
    expect(fieldErrorText({ type: 'too_small' }, en, { too_small: 'Use at least 12 characters.' })).toBe(
      'Use at least 12 characters.',
    );
    expect(fieldErrorText({ type: 'server', message: 'the current password is wrong' }, en)).toBe(
      'the current password is wrong',
    );
  });
});

describe('blankAsAbsent', () => {
  it('sends a blank answer as none, and anything else as it is', () => {
    expect(blankAsAbsent('')).toBeUndefined();
    expect(blankAsAbsent('  ')).toBeUndefined();
    expect(blankAsAbsent(' Support ')).toBe(' Support ');
    expect(blankAsAbsent(null)).toBeNull();
  });
});
