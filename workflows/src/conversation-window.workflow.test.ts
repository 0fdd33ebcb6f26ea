import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import {
  type AutomaticReplyResult,
  contentOverLimitsFailureType,
  customerServiceWindowMs,
  freeEntryPointWindowMs,
  windowClosedFailureType,
} from './conversation.contract.js';
import {
  type ConversationUnderTest,
  expectEventually,
  sendRequest,
  telegramLikeCapabilities,
  telegramPolicy,
  templateDraft,
  textDraft,
  timeSkippingSuite,
  withConversation,
} from './test-environment.js';

const minute = 60 * 1000;
const hour = 60 * minute;
const day = customerServiceWindowMs;
const iso = (ms: number) => new Date(ms).toISOString();

/** A message that does not call for a greeting (a reaction, a button tap): each one is offered the automatic reply. */
const notSettling = async (): Promise<AutomaticReplyResult> => ({ settled: false, messageId: null });

async function completed(conversation: ConversationUnderTest) {
  await expectEventually(async () => expect(await conversation.status()).toBe('COMPLETED'));
}

describe('conversationWorkflow: the customer-service window', () => {
  const suite = timeSkippingSuite();

  it('closes exactly 24 hours after the customer’s last message, and the run then completes', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await conversation.receive(await conversation.message('m1'));
      await suite.env.sleep(2 * hour);
      const last = await conversation.message('m2');
      await conversation.receive(last);
      const closesAt = Date.parse(last.occurredAt) + day;
      expect(await conversation.state()).toEqual({
        windowOpen: true,
        windowExpiresAt: iso(closesAt),
        unlimited: false,
        entryPointExpiresAt: null,
        held: [],
        pendingInbound: 0,
      });

      await suite.env.sleep(closesAt - minute - (await suite.env.currentTimeMs()));
      expect(await conversation.status()).toBe('RUNNING');
      expect(await conversation.state()).toMatchObject({ windowOpen: true });
      await suite.env.sleep(2 * minute);
      await completed(conversation);
      const closedAt = (await conversation.handle().describe()).closeTime!.getTime();
      expect(closedAt).toBeGreaterThanOrEqual(closesAt);
      expect(closedAt - closesAt).toBeLessThan(5_000);
      expect(await conversation.state()).toMatchObject({ windowOpen: false, windowExpiresAt: iso(closesAt) });
    });
  });

  it('accepts a free-form reply 23 h 59 min after the customer’s message and refuses it at 24 h 1 min; a template goes any time', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      const message = await conversation.message('m1');
      await conversation.receive(message);
      await suite.env.sleep(day - minute);
      const draft = textDraft();
      const result = await conversation.send(sendRequest(draft, { requestId: 'in-time' }));
      const key = `message:${conversation.conversationId}:in-time`;
      expect(result).toEqual({ outcome: 'sent', messageId: `sent-${key}` });
      expect(conversation.fakes.calls.sendMessage).toEqual([
        {
          conversationId: conversation.conversationId,
          idempotencyKey: key,
          draft,
          senderUserId: 'agent-1',
          maxAttempts: 4,
        },
      ]);

      await suite.env.sleep(2 * minute);
      await completed(conversation);
      // The engine's update-with-start now starts a new run, told when the window closed.
      expect(conversation.windowExpiresAt).toBe(iso(Date.parse(message.occurredAt) + day));
      const refused = await conversation.sendRefused(sendRequest(textDraft(), { requestId: 'too-late' }));
      expect(refused.cause).toBeInstanceOf(ApplicationFailure);
      expect((refused.cause as ApplicationFailure).type).toBe(windowClosedFailureType);
      expect(refused.cause!.message).toContain(`closed at ${conversation.windowExpiresAt}`);
      expect(conversation.fakes.calls.sendMessage).toHaveLength(1);
      expect(conversation.fakes.calls.holdWithFallback).toEqual([]);

      const template = templateDraft();
      const sent = await conversation.send(sendRequest(template, { requestId: 'template' }));
      expect(sent).toEqual({
        outcome: 'sent',
        messageId: `sent-message:${conversation.conversationId}:template`,
      });
      expect(conversation.fakes.calls.sendMessage.map((call) => call.draft)).toEqual([draft, template]);
      await expect(conversation.handle().result()).resolves.toBeUndefined();
    });
  });

  it('reopens with the customer’s next message, greeting once per window', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await conversation.receive(await conversation.message('m1'));
      await expectEventually(() => expect(conversation.fakes.sequence).toEqual(['automaticReply:m1']));
      await suite.env.sleep(hour);
      await conversation.receive(await conversation.message('m2')); // the same window: no second greeting
      await conversation.handle().result();
      expect(await conversation.state()).toMatchObject({ windowOpen: false });

      const next = await conversation.message('m3');
      await conversation.receive(next);
      expect(await conversation.state()).toMatchObject({
        windowOpen: true,
        windowExpiresAt: iso(Date.parse(next.occurredAt) + day),
      });
      await expectEventually(() =>
        expect(conversation.fakes.sequence).toEqual(['automaticReply:m1', 'automaticReply:m3']),
      );
      expect(conversation.fakes.calls.automaticReply[1]).toEqual({
        conversationId: conversation.conversationId,
        inboundMessageId: 'm3',
        maxAttempts: 12,
      });
    });
  });

  it('takes two messages signalled in one go in order, the window running from the later one', async () => {
    const earlier = { id: 'm1', agoMs: 2 * hour };
    const later = { id: 'm2', agoMs: hour };
    let laterSentAt = 0;
    await withConversation(
      suite.env,
      suite.bundle,
      async (conversation) => {
        await expectEventually(() =>
          expect(conversation.fakes.sequence).toEqual(['automaticReply:m1', 'automaticReply:m2']),
        );
        expect(await conversation.state()).toMatchObject({
          windowOpen: true,
          windowExpiresAt: iso(laterSentAt + day),
          pendingInbound: 0,
        });
      },
      {
        beforeWorker: async (conversation) => {
          conversation.fakes.overrides.automaticReply = notSettling;
          const first = await conversation.message(earlier.id, earlier.agoMs);
          const second = await conversation.message(later.id, later.agoMs);
          laterSentAt = Date.parse(second.occurredAt);
          await conversation.relay(first, second);
        },
      },
    );
  });

  it('answers a message relayed twice once', async () => {
    await withConversation(
      suite.env,
      suite.bundle,
      async (conversation) => {
        await expectEventually(() =>
          expect(conversation.fakes.sequence).toEqual(['automaticReply:m1', 'automaticReply:m2']),
        );
        // Again once the first was answered, then a new one.
        await conversation.receive(await conversation.message('m1'), await conversation.message('m3'));
        await expectEventually(() => expect(conversation.fakes.calls.automaticReply).toHaveLength(3));
        expect(conversation.fakes.sequence).toEqual([
          'automaticReply:m1',
          'automaticReply:m2',
          'automaticReply:m3',
        ]);
      },
      {
        beforeWorker: async (conversation) => {
          conversation.fakes.overrides.automaticReply = notSettling;
          const m1 = await conversation.message('m1');
          await conversation.relay(m1, m1, await conversation.message('m2'));
        },
      },
    );
  });

  it('keeps the 24-hour window for a customer who came from an ad, and tells the 72-hour entry-point window', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      const message = await conversation.message('m1', 0, { referral: true });
      await conversation.receive(message);
      const sentAt = Date.parse(message.occurredAt);
      expect(await conversation.state()).toMatchObject({
        windowOpen: true,
        windowExpiresAt: iso(sentAt + day),
        entryPointExpiresAt: iso(sentAt + freeEntryPointWindowMs),
      });
      await conversation.handle().result();
      expect((await conversation.handle().describe()).closeTime!.getTime() - sentAt - day).toBeLessThan(
        5_000,
      );
    });
  });

  it('accepts a reply from the agent that reaches the workflow together with the customer’s first message', async () => {
    let reply: Promise<unknown> = Promise.resolve();
    await withConversation(
      suite.env,
      suite.bundle,
      async (conversation) => {
        await expect(reply).resolves.toMatchObject({ outcome: 'sent' });
        expect(conversation.fakes.calls.sendMessage).toHaveLength(1);
      },
      {
        beforeWorker: async (conversation) => {
          // No worker yet: the signal and the update wait for the same first workflow task.
          await conversation.relay(await conversation.message('m1'));
          const request = sendRequest(textDraft());
          reply = conversation.send(request).catch((error: unknown) => error);
          await conversation.untilAdmitted(request);
        },
      },
    );
  });
});

describe('conversationWorkflow on a channel without a window (Telegram)', () => {
  const suite = timeSkippingSuite();

  const telegram = { capabilities: telegramLikeCapabilities, channelName: 'Telegram' };

  it('accepts free-form messages at any time, even 30 days after the customer wrote', async () => {
    await withConversation(
      suite.env,
      suite.bundle,
      async (conversation) => {
        await conversation.receive(await conversation.message('m1'));
        await expectEventually(() => expect(conversation.fakes.sequence).toEqual(['automaticReply:m1']));
        expect(await conversation.state()).toMatchObject({
          windowOpen: true,
          windowExpiresAt: null,
          unlimited: true,
          held: [],
          pendingInbound: 0,
        });
        await suite.env.sleep(30 * day);
        const result = await conversation.send(sendRequest(textDraft(), { ...telegram, requestId: 'late' }));
        expect(result).toEqual({
          outcome: 'sent',
          messageId: `sent-message:${conversation.conversationId}:late`,
        });
        expect(conversation.fakes.calls.holdWithFallback).toEqual([]);
        // Templates are WhatsApp's: Telegram has none.
        const refused = await conversation.sendRefused(sendRequest(templateDraft(), telegram));
        expect((refused.cause as ApplicationFailure).type).toBe(contentOverLimitsFailureType);
        expect(refused.cause!.message).toContain('Telegram does not support templates');
        expect(conversation.fakes.calls.sendMessage).toHaveLength(1);
      },
      { policy: telegramPolicy },
    );
  });
});
