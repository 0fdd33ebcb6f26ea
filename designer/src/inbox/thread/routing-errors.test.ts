import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { translator } from '../../i18n/translator.test-support';
import { routingErrorText } from './routing-errors';

const en = translator('en');
const ja = translator('ja');

describe('routingErrorText', () => {
  it('names an agent at capacity, with their capacity, from the refusal', () => {
    const full = new ApiError('AGENT_AT_CAPACITY', 'Sato is at capacity: 5 open conversations', 409, [], {
      code: 'AGENT_AT_CAPACITY',
      message: 'Sato is at capacity: 5 open conversations',
      agent: { id: 'u1', name: 'Sato' },
      capacity: 5,
    });
    expect(routingErrorText(full, en)).toBe(
      'Sato is at capacity (5 open conversations) and can’t take another.',
    );
    expect(routingErrorText(full, ja)).toBe(
      'Sato は対応件数の上限（対応中 5 件）に達しているため、これ以上割り当てられません。',
    );
  });

  it('names an offline agent by the name the caller chose when the refusal gives only their id', () => {
    const offline = new ApiError('AGENT_OFFLINE', 'Ito is offline', 409, [], { agent: { id: 'u3' } });
    expect(routingErrorText(offline, en, 'Ito')).toBe(
      'Ito isn’t available (offline or away), so the conversation can’t go to them now.',
    );
    expect(routingErrorText(new ApiError('AGENT_UNAVAILABLE', 'away', 409), ja)).toBe(
      'この担当者 は対応できない状態（オフラインまたは離席中）のため、今は割り当てられません。',
    );
  });

  it('explains a conversation that is not open, or another agent’s', () => {
    expect(
      routingErrorText(new ApiError('CONVERSATION_NOT_OPEN', 'the conversation is closed', 409), en),
    ).toBe('The conversation isn’t open (it is snoozed or closed). Reopen it first.');
    expect(routingErrorText(new ApiError('FORBIDDEN', 'needs routing:manage', 403), ja)).toBe(
      'この会話は他の担当者のものです。移動できるのは管理者だけです。',
    );
  });

  it('explains anything else as the app explains every error', () => {
    expect(routingErrorText(new ApiError('NETWORK', 'offline', 0), en)).toBe(
      'Can’t reach the Parley server. Check your connection and try again.',
    );
  });
});
