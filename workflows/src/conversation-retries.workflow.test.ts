import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { customerServiceWindowMs, permanentFailureType } from './conversation.contract.js';
import { expectEventually, timeSkippingSuite, withConversation } from './test-environment.js';

const second = 1000;
const minute = 60 * second;
const day = customerServiceWindowMs;
/** When each attempt starts after the first: 500 ms doubling, capped at 2 minutes. */
const expectedAttemptsAt = [0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5, 63.5, 127.5, 247.5, 367.5, 487.5].map(
  (s) => s * second,
);

// Its own file: the first six attempts back off in the worker, in real time (about 16 s), and
// this way run beside the other conversation tests.
describe('conversationWorkflow: automation that keeps failing', () => {
  const suite = timeSkippingSuite();

  it('retries a failing automatic reply at most 12 times on its backoff, then goes on and answers the next window', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      const attemptsAt: number[] = [];
      conversation.fakes.overrides.automaticReply = async () => {
        attemptsAt.push(await suite.env.currentTimeMs());
        throw ApplicationFailure.retryable('the database is unavailable', 'DatabaseUnavailable');
      };
      await conversation.receive(await conversation.message('m1'));
      // Attempts 1–6 retry in the worker (backoffs under the 10-second local retry threshold),
      // the later ones after timers: time skips over those.
      await expectEventually(() => expect(attemptsAt).toHaveLength(6), 30_000);
      await suite.env.sleep(10 * minute);
      await expectEventually(() => expect(attemptsAt).toHaveLength(12));
      await suite.env.sleep(30 * minute);
      expect(attemptsAt).toHaveLength(12);
      attemptsAt.forEach((at, i) => {
        const offset = at - attemptsAt[0]!;
        expect(offset).toBeGreaterThanOrEqual(expectedAttemptsAt[i]!);
        expect(offset).toBeLessThan(expectedAttemptsAt[i]! + 2 * second);
      });
      // Told how many attempts there are, the activity records the failure on its last one.
      expect(new Set(conversation.fakes.calls.automaticReply.map((call) => call.maxAttempts))).toEqual(
        new Set([12]),
      );

      expect(await conversation.status()).toBe('RUNNING');
      expect(await conversation.state()).toMatchObject({ windowOpen: true });
      delete conversation.fakes.overrides.automaticReply;
      await suite.env.sleep(day);
      await conversation.receive(await conversation.message('m2'));
      await expectEventually(() =>
        expect(conversation.fakes.calls.automaticReply.map((call) => call.inboundMessageId)).toEqual([
          ...Array<string>(12).fill('m1'),
          'm2',
        ]),
      );
    });
  }, 90_000);

  it('does not retry an automatic reply that fails for good, and goes on', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      conversation.fakes.overrides.automaticReply = async () => {
        throw ApplicationFailure.nonRetryable('the conversation was deleted', permanentFailureType);
      };
      await conversation.receive(await conversation.message('m1'));
      await expectEventually(() => expect(conversation.fakes.calls.automaticReply).toHaveLength(1));
      await suite.env.sleep(60 * minute);
      expect(conversation.fakes.calls.automaticReply).toHaveLength(1);
      expect(await conversation.status()).toBe('RUNNING');
      await expect(conversation.handle().result()).resolves.toBeUndefined(); // the window closes
    });
  });
});
