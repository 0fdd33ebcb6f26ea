import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import {
  contentOverLimitsFailureType,
  customerServiceWindowMs,
  heldMessageLifetimeMs,
  permanentFailureType,
  windowClosedFailureType,
} from './conversation.contract.js';
import {
  buttonsDraft,
  expectEventually,
  sendRequest,
  textDraft,
  timeSkippingSuite,
  withConversation,
} from './test-environment.js';

const minute = 60 * 1000;
const hour = 60 * minute;
const day = customerServiceWindowMs;

/** The application failure an update was refused or failed with. */
function applicationFailureOf(error: { cause?: unknown }): ApplicationFailure {
  let cause = error.cause;
  if (cause instanceof ActivityFailure) cause = cause.cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

describe('conversationWorkflow: agents’ sends (the sendMessage update)', () => {
  const suite = timeSkippingSuite();

  it('refuses content over the channel’s limits (4 reply buttons on WhatsApp) and sends what fits', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await conversation.receive(await conversation.message('m1'));
      const refused = await conversation.sendRefused(sendRequest(buttonsDraft(4)));
      const failure = applicationFailureOf(refused);
      expect(failure.type).toBe(contentOverLimitsFailureType);
      expect(failure.message).toContain('WhatsApp allows at most 3 reply buttons');
      expect(failure.details).toEqual([
        [expect.objectContaining({ path: 'buttons', limit: 'replyButtons.maxButtons' })],
      ]);
      expect(conversation.fakes.calls.sendMessage).toEqual([]);

      const sent = await conversation.send(sendRequest(buttonsDraft(3), { requestId: 'three-buttons' }));
      expect(sent).toEqual({
        outcome: 'sent',
        messageId: `sent-message:${conversation.conversationId}:three-buttons`,
      });
      expect(conversation.fakes.calls.sendMessage).toHaveLength(1);
    });
  });

  it('refuses a free-form message to a customer who never wrote, unless asked to hold it', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      const refused = await conversation.sendRefused(sendRequest(textDraft()));
      const failure = applicationFailureOf(refused);
      expect(failure.type).toBe(windowClosedFailureType);
      expect(failure.message).toContain('only a template can be sent');
      expect(conversation.fakes.calls.sendMessage).toEqual([]);
      expect(conversation.fakes.calls.holdWithFallback).toEqual([]);
      await expect(conversation.handle().result()).resolves.toBeUndefined();
    });
  });

  it('holds a message with a fallback template while the window is closed, and sends it when the customer answers', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await conversation.receive(await conversation.message('m1'));
      await expectEventually(() => expect(conversation.fakes.calls.automaticReply).toHaveLength(1));
      await conversation.handle().result(); // the window closes, nothing held: the run ends

      const draft = textDraft('Your order has shipped');
      const result = await conversation.send(sendRequest(draft, { requestId: 'r1', holdIfClosed: true }));
      const key = `message:${conversation.conversationId}:r1`;
      expect(result).toEqual({
        outcome: 'held',
        messageId: `held-${key}`,
        fallbackMessageId: `fallback-${key}`,
      });
      expect(conversation.fakes.calls.holdWithFallback).toEqual([
        {
          conversationId: conversation.conversationId,
          idempotencyKey: key,
          draft,
          senderUserId: 'agent-1',
          maxAttempts: 4,
          flagIfNoFallback: false,
        },
      ]);
      expect(conversation.fakes.calls.sendMessage).toEqual([]);
      const heldAt = new Date(await suite.env.currentTimeMs()).toISOString();
      // The run waits for the customer's answer now, the message listed as held.
      expect(await conversation.status()).toBe('RUNNING');
      expect(await conversation.state()).toMatchObject({
        windowOpen: false,
        held: [{ messageId: `held-${key}`, heldAt: expect.any(String) }],
      });
      expect(Date.parse((await conversation.state()).held[0]!.heldAt)).toBeLessThanOrEqual(
        Date.parse(heldAt),
      );

      await suite.env.sleep(2 * hour);
      await conversation.receive(await conversation.message('m2'));
      await expectEventually(() =>
        expect(conversation.fakes.calls.sendHeld).toEqual([
          { conversationId: conversation.conversationId, messageIds: [`held-${key}`], maxAttempts: 12 },
        ]),
      );
      expect(await conversation.state()).toMatchObject({ windowOpen: true, held: [] });
      // The held message answered the customer: no greeting or away message in this window.
      await suite.env.sleep(hour);
      await conversation.receive(await conversation.message('m3'));
      await conversation.handle().result(); // the new window closes
      expect(conversation.fakes.sequence).toEqual([
        'automaticReply:m1',
        `holdWithFallback:${key}`,
        `sendHeld:held-${key}`,
      ]);
      expect(conversation.fakes.calls.expireHeld).toEqual([]);
    });
  });

  it('marks held messages failed when the customer does not answer for 30 days, then ends', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      const result = await conversation.send(
        sendRequest(textDraft(), { requestId: 'r1', holdIfClosed: true, senderUserId: null }),
      );
      expect(result.outcome).toBe('held');
      expect(conversation.fakes.calls.holdWithFallback[0]).toMatchObject({
        senderUserId: null,
        flagIfNoFallback: true,
      });
      const heldAt = Date.parse((await conversation.state()).held[0]!.heldAt);

      await suite.env.sleep(29 * day);
      expect(await conversation.status()).toBe('RUNNING');
      expect(conversation.fakes.calls.expireHeld).toEqual([]);
      await conversation.handle().result();
      expect(conversation.fakes.calls.expireHeld).toEqual([
        {
          conversationId: conversation.conversationId,
          messageIds: [`held-message:${conversation.conversationId}:r1`],
        },
      ]);
      const closedAt = (await conversation.handle().describe()).closeTime!.getTime();
      expect(closedAt - heldAt).toBeGreaterThanOrEqual(heldMessageLifetimeMs);
      expect(closedAt - heldAt).toBeLessThan(heldMessageLifetimeMs + minute);
      expect(conversation.fakes.calls.sendHeld).toEqual([]);
    });
  });

  it('fails a send the platform refuses for good, calling it once, and goes on', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      conversation.fakes.overrides.sendMessage = async () => {
        throw ApplicationFailure.nonRetryable('the recipient is not a WhatsApp user', permanentFailureType);
      };
      await conversation.receive(await conversation.message('m1'));
      const failed = await conversation.sendRefused(sendRequest(textDraft()));
      const failure = applicationFailureOf(failed);
      expect(failure.type).toBe(permanentFailureType);
      expect(failure.message).toBe('the recipient is not a WhatsApp user');
      expect(conversation.fakes.calls.sendMessage).toHaveLength(1);

      delete conversation.fakes.overrides.sendMessage;
      await expect(conversation.send(sendRequest(textDraft()))).resolves.toMatchObject({ outcome: 'sent' });
      expect(conversation.fakes.calls.sendMessage).toHaveLength(2);
      expect(await conversation.status()).toBe('RUNNING');
    });
  });
});
