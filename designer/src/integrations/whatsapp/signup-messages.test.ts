import { describe, expect, it } from 'vitest';
import { CALLBACK_MESSAGE_TYPE, readSignupMessage } from './signup-messages';

const origins = { dialog: 'https://www.facebook.com', app: 'https://parley.example' };
const fromDialog = (data: unknown) => readSignupMessage({ origin: origins.dialog, data }, origins);
const fromApp = (data: unknown) => readSignupMessage({ origin: origins.app, data }, origins);
const STATE = 'st_0123456789abcdef0123';
const callback = (patch: Record<string, unknown> = {}) => ({
  type: CALLBACK_MESSAGE_TYPE,
  code: 'AQB-code',
  state: STATE,
  error: null,
  errorDescription: null,
  ...patch,
});

describe('readSignupMessage', () => {
  it('reads the dialog’s FINISH event, posted as JSON text or as an object', () => {
    const finish = {
      type: 'WA_EMBEDDED_SIGNUP',
      event: 'FINISH',
      data: { waba_id: '102290129340398', phone_number_id: '106540352242922' },
    };
    const expected = { kind: 'finish', wabaId: '102290129340398', phoneNumberId: '106540352242922' };
    expect(fromDialog(JSON.stringify(finish))).toEqual(expected);
    expect(fromDialog(finish)).toEqual(expected);
    expect(
      fromDialog({
        type: 'WA_EMBEDDED_SIGNUP',
        event: 'FINISH_ONLY_WABA',
        data: { waba_id: 102290129340398 },
      }),
    ).toEqual({
      kind: 'finish',
      wabaId: '102290129340398',
      phoneNumberId: null,
    });
  });

  it('reads where the person stopped, and the dialog’s errors', () => {
    expect(
      fromDialog({
        type: 'WA_EMBEDDED_SIGNUP',
        event: 'CANCEL',
        data: { current_step: 'PHONE_NUMBER_SETUP' },
      }),
    ).toEqual({
      kind: 'cancel',
      currentStep: 'PHONE_NUMBER_SETUP',
    });
    expect(fromDialog({ type: 'WA_EMBEDDED_SIGNUP', event: 'CANCEL' })).toEqual({
      kind: 'cancel',
      currentStep: null,
    });
    expect(
      fromDialog({ type: 'WA_EMBEDDED_SIGNUP', event: 'ERROR', data: { error_message: 'Session expired' } }),
    ).toEqual({
      kind: 'error',
      message: 'Session expired',
    });
  });

  it('reads the callback page’s message from the app’s own origin only', () => {
    expect(fromApp(callback())).toEqual({
      kind: 'callback',
      code: 'AQB-code',
      state: STATE,
      error: null,
      errorDescription: null,
    });
    expect(fromDialog(callback())).toBeNull();
    expect(readSignupMessage({ origin: 'https://evil.example', data: callback() }, origins)).toBeNull();
  });

  it('ignores dialog events from any other origin, and whatever else arrives', () => {
    const finish = { type: 'WA_EMBEDDED_SIGNUP', event: 'FINISH', data: { waba_id: '1' } };
    expect(readSignupMessage({ origin: 'https://evil.example', data: finish }, origins)).toBeNull();
    expect(fromApp(finish)).toBeNull();
    expect(fromDialog('{not json')).toBeNull();
    expect(fromDialog({ type: 'WA_EMBEDDED_SIGNUP', event: 'FINISH', data: {} })).toBeNull();
    expect(fromDialog({ type: 'WA_EMBEDDED_SIGNUP', event: 'VERSION_CHECK' })).toBeNull();
    expect(fromApp({ type: 'webpackOk' })).toBeNull();
  });
});
