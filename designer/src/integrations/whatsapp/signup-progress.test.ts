import { describe, expect, it } from 'vitest';
import type { SignupMessage } from './signup-messages';
import { advance, exchangeRequest, initialProgress } from './signup-progress';

const STATE = 'st_0123456789abcdef0123';

describe('advance and exchangeRequest', () => {
  const run = (...messages: SignupMessage[]) =>
    messages.reduce((p, m) => advance(p, m, STATE), initialProgress);
  const finish: SignupMessage = { kind: 'finish', wabaId: '102', phoneNumberId: '106' };
  const code = (patch: Partial<Extract<SignupMessage, { kind: 'callback' }>> = {}): SignupMessage => ({
    kind: 'callback',
    code: 'AQB-code',
    state: STATE,
    error: null,
    errorDescription: null,
    ...patch,
  });

  it('exchanges once both the FINISH event and the code are in, in either order', () => {
    const expected = { state: STATE, code: 'AQB-code', wabaId: '102', phoneNumberId: '106' };
    expect(exchangeRequest(run(finish, code()), STATE, true)).toEqual(expected);
    expect(exchangeRequest(run(code(), finish), STATE, true)).toEqual(expected);
    expect(exchangeRequest(run(finish), STATE, true)).toBeNull();
  });

  it('waits for the FINISH event a while, then sends the code alone', () => {
    const onlyCode = run(code());
    expect(exchangeRequest(onlyCode, STATE, true)).toBeNull();
    expect(exchangeRequest(onlyCode, STATE, false)).toEqual({ state: STATE, code: 'AQB-code' });
  });

  it('refuses a code whose state is not the signup’s', () => {
    const p = run(finish, code({ state: 'someone-elses-state' }));
    expect(p.stopped).toEqual({ reason: 'state-mismatch' });
    expect(p.code).toBeNull();
    expect(exchangeRequest(p, STATE, false)).toBeNull();
  });

  it('reports a cancelled or refused dialog', () => {
    expect(run({ kind: 'cancel', currentStep: 'WABA_SETUP' }).stopped).toEqual({
      reason: 'cancelled',
      currentStep: 'WABA_SETUP',
    });
    expect(
      run(code({ code: null, error: 'access_denied', errorDescription: 'Permissions error' })).stopped,
    ).toEqual({
      reason: 'denied',
      message: 'Permissions error',
    });
    expect(run({ kind: 'error', message: 'boom' }).stopped).toEqual({ reason: 'error', message: 'boom' });
  });

  it('keeps where the person stopped when the redirect then says access was denied', () => {
    const p = run(
      { kind: 'cancel', currentStep: 'PHONE_NUMBER_SETUP' },
      code({ code: null, error: 'access_denied' }),
    );
    expect(p.stopped).toEqual({ reason: 'cancelled', currentStep: 'PHONE_NUMBER_SETUP' });
  });

  it('does not let a late CANCEL undo a code that already came', () => {
    const p = run(finish, code(), { kind: 'cancel', currentStep: null });
    expect(p.stopped).toBeNull();
    expect(exchangeRequest(p, STATE, true)).not.toBeNull();
  });
});
