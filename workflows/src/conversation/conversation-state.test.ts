import { ApplicationFailure } from '@temporalio/common';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ConversationWorkflowInput,
  type InboundMessageSignal,
  type SendMessageRequest,
  contentOverLimitsFailureType,
  customerServiceWindowMs,
  freeEntryPointWindowMs,
  heldMessageLifetimeMs,
  windowClosedFailureType,
} from '../conversation.contract.js';
import {
  buttonsDraft,
  sendRequest,
  telegramLikeCapabilities,
  telegramPolicy,
  templateDraft,
  textDraft,
  whatsAppPolicy,
} from '../test-environment.js';
import { Conversation } from './conversation-state.js';

const minute = 60 * 1000;
const hour = 60 * minute;
const day = customerServiceWindowMs;
const start = Date.parse('2026-03-02T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

let now = start;
/** Moves the clock `Date.now()` reads (in workflow code, the workflow task's time). */
const advance = (ms: number) => vi.setSystemTime((now += ms));

beforeEach(() => {
  now = start;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const message = (
  messageId: string,
  agoMs = 0,
  extra: Partial<InboundMessageSignal> = {},
): InboundMessageSignal => ({
  messageId,
  conversationId: 'conv-1',
  occurredAt: iso(now - agoMs),
  ...extra,
});

function conversation(input: Partial<ConversationWorkflowInput> = {}) {
  return new Conversation({ conversationId: 'conv-1', policy: whatsAppPolicy, ...input });
}

/** Takes messages in as the workflow does: received, then taken one by one. */
function take(target: Conversation, ...messages: InboundMessageSignal[]) {
  messages.forEach((entry) => target.receive(entry));
  const taken: string[] = [];
  for (let next = target.next(); next; next = target.next()) taken.push(next.messageId);
  return taken;
}

function refusal(target: Conversation, request: SendMessageRequest): ApplicationFailure {
  try {
    target.validate(request);
  } catch (error) {
    expect(error).toBeInstanceOf(ApplicationFailure);
    return error as ApplicationFailure;
  }
  throw new Error('the request was accepted');
}

describe('Conversation: the window', () => {
  it('is closed until the customer writes', () => {
    const state = conversation().state();
    expect(state).toMatchObject({
      windowOpen: false,
      windowExpiresAt: null,
      unlimited: false,
      held: [],
      pendingInbound: 0,
    });
  });

  it('runs 24 hours from when the customer sent the message, not from when it arrived', () => {
    const target = conversation();
    target.receive(message('m1', 2 * hour));
    expect(target.state().pendingInbound).toBe(1);
    expect(take(target)).toEqual(['m1']);
    expect(target.state()).toMatchObject({
      windowOpen: true,
      windowExpiresAt: iso(start - 2 * hour + day),
      pendingInbound: 0,
    });
    expect(target.idleWait()).toBe(day - 2 * hour);
    advance(day - 2 * hour - 1);
    expect(target.windowOpen()).toBe(true);
    advance(1);
    expect(target.windowOpen()).toBe(false);
    expect(target.idleWait()).toBeNull();
  });

  it('runs from the latest message sent, whatever order messages come in', () => {
    const target = conversation();
    take(target, message('newer', hour), message('older', 3 * hour));
    expect(target.state().windowExpiresAt).toBe(iso(start - hour + day));
  });

  it('is not opened by a message that comes after its own window ended', () => {
    const target = conversation();
    take(target, message('late', day + minute));
    expect(target.windowOpen()).toBe(false);
    expect(target.automaticReplyDue).toBe(false);
  });

  it('tells the 72-hour entry-point window of a customer who came from an ad, keeping the 24-hour window', () => {
    const target = conversation();
    take(target, message('ad', 0, { referral: true }));
    expect(target.state()).toMatchObject({
      windowExpiresAt: iso(start + day),
      entryPointExpiresAt: iso(start + freeEntryPointWindowMs),
    });
  });

  it('is always open on a channel without one, resting a day after the last message', () => {
    const target = conversation({ policy: telegramPolicy });
    expect(target.windowOpen()).toBe(true);
    expect(target.idleWait()).toBeNull();
    take(target, message('m1'));
    expect(target.state()).toMatchObject({ windowOpen: true, windowExpiresAt: null, unlimited: true });
    expect(target.idleWait()).toBe(day);
    advance(30 * day);
    expect(target.windowOpen()).toBe(true);
    expect(() =>
      target.validate(sendRequest(textDraft(), { capabilities: telegramLikeCapabilities })),
    ).not.toThrow();
  });

  it('is 24 hours for runs started before windows were per channel (no policy)', () => {
    const target = new Conversation({ conversationId: 'conv-1' });
    take(target, message('m1'));
    expect(target.state()).toMatchObject({ windowExpiresAt: iso(start + day), unlimited: false });
  });
});

describe('Conversation: messages and the automatic reply', () => {
  it('calls for the automatic reply once per window', () => {
    const target = conversation();
    take(target, message('m1'));
    expect(target.automaticReplyDue).toBe(true);
    target.automaticReplyDue = false; // answered
    advance(hour);
    take(target, message('m2'));
    expect(target.automaticReplyDue).toBe(false);
    advance(day);
    take(target, message('m3'));
    expect(target.automaticReplyDue).toBe(true);
  });

  it('takes a message relayed twice once, waiting or already taken', () => {
    const target = conversation();
    const first = message('m1');
    expect(take(target, first, first, message('m2'))).toEqual(['m1', 'm2']);
    expect(take(target, first, message('m3'))).toEqual(['m3']);
  });

  it('remembers the last 200 messages', () => {
    const target = conversation();
    take(target, ...Array.from({ length: 201 }, (_, i) => message(`m${i}`)));
    expect(take(target, message('m0'), message('m1'))).toEqual(['m0']);
  });
});

describe('Conversation: held messages', () => {
  it('holds messages until they are taken or their 30 days are up', () => {
    const target = conversation();
    target.hold('held-1');
    advance(hour);
    target.hold('held-2');
    expect(target.state().held).toEqual([
      { messageId: 'held-1', heldAt: iso(start) },
      { messageId: 'held-2', heldAt: iso(start + hour) },
    ]);
    expect(target.idleWait()).toBe(heldMessageLifetimeMs - hour);
    advance(heldMessageLifetimeMs - hour);
    expect(target.takeExpiredHeld(heldMessageLifetimeMs)).toEqual([
      { messageId: 'held-1', heldAt: iso(start) },
    ]);
    expect(target.idleWait()).toBe(hour);
    expect(target.takeHeld()).toEqual([{ messageId: 'held-2', heldAt: iso(start + hour) }]);
    expect(target.state().held).toEqual([]);
    expect(target.idleWait()).toBeNull();
  });
});

describe('Conversation: the sendMessage validator', () => {
  it('refuses a free-form message while the window is closed, naming when it closed', () => {
    const never = refusal(conversation(), sendRequest(textDraft()));
    expect(never.type).toBe(windowClosedFailureType);
    expect(never.nonRetryable).toBe(true);
    expect(never.message).toContain('has not written in the last 24 hours');

    const target = conversation();
    take(target, message('m1'));
    expect(() => target.validate(sendRequest(textDraft()))).not.toThrow();
    advance(day);
    const closed = refusal(target, sendRequest(textDraft()));
    expect(closed.type).toBe(windowClosedFailureType);
    expect(closed.message).toContain(`closed at ${iso(start + day)}`);
  });

  it('finds the window open for a reply that comes in the same workflow task as the customer’s message', () => {
    const target = conversation();
    target.receive(message('m1')); // the signal is in, the main loop has not taken it yet
    expect(() => target.validate(sendRequest(textDraft()))).not.toThrow();
    expect(target.windowOpen()).toBe(true);
  });

  it('accepts a template, or a message to hold, while the window is closed', () => {
    const target = conversation();
    expect(() => target.validate(sendRequest(templateDraft()))).not.toThrow();
    expect(() => target.validate(sendRequest(textDraft(), { holdIfClosed: true }))).not.toThrow();
  });

  it('refuses content over the channel’s limits, listing every issue', () => {
    const target = conversation();
    take(target, message('m1'));
    const failure = refusal(target, sendRequest(buttonsDraft(4)));
    expect(failure.type).toBe(contentOverLimitsFailureType);
    expect(failure.message).toBe('buttons: WhatsApp allows at most 3 reply buttons');
    expect(failure.details).toEqual([
      [
        {
          path: 'buttons',
          limit: 'replyButtons.maxButtons',
          message: 'WhatsApp allows at most 3 reply buttons',
        },
      ],
    ]);
    const telegram = { capabilities: telegramLikeCapabilities, channelName: 'Telegram' };
    expect(refusal(target, sendRequest(templateDraft(), telegram)).type).toBe(contentOverLimitsFailureType);
  });
});

describe('Conversation: continue-as-new', () => {
  it('carries everything to the next run, through the JSON the payload converter makes', () => {
    const target = conversation();
    take(target, message('m1', hour, { referral: true }), message('m2'));
    target.automaticReplyDue = false;
    target.receive(message('waiting'));
    target.hold('held-1');

    const carried = target.carry();
    expect(carried).toEqual({
      conversationId: 'conv-1',
      policy: whatsAppPolicy,
      windowExpiresAt: iso(start + day),
      entryPointExpiresAt: iso(start - hour + freeEntryPointWindowMs),
      pending: [message('waiting')],
      recentMessageIds: ['m1', 'm2'],
      held: [{ messageId: 'held-1', heldAt: iso(start) }],
      automaticReplyDue: false,
    });
    const next = new Conversation(JSON.parse(JSON.stringify(carried)) as ConversationWorkflowInput);
    expect(next.state()).toEqual(target.state());
    expect(next.carry()).toEqual(carried);
    expect(next.idleWait()).toBe(target.idleWait());

    // It goes on as the first run would have.
    expect(take(next, message('m1'), message('m3'))).toEqual(['waiting', 'm3']);
    expect(next.automaticReplyDue).toBe(false);
    expect(next.takeHeld()).toEqual([{ messageId: 'held-1', heldAt: iso(start) }]);
  });

  it('carries a closed window and an unlimited policy as they are', () => {
    const closed = conversation();
    expect(closed.carry()).toMatchObject({
      windowExpiresAt: null,
      pending: [],
      held: [],
      automaticReplyDue: false,
    });
    const telegram = conversation({ policy: telegramPolicy });
    take(telegram, message('m1'));
    const next = new Conversation(telegram.carry());
    expect(next.state()).toMatchObject({ unlimited: true, windowOpen: true });
    expect(next.idleWait()).toBe(day);
  });
});
