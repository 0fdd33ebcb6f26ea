import { describe, expect, it } from 'vitest';
import type { SlaTimer } from './conversation.contract.js';
import {
  expectEventually,
  sendRequest,
  textDraft,
  timeSkippingSuite,
  withConversation,
} from './test-environment.js';

const minute = 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('conversationWorkflow: the SLA timer (first response)', () => {
  const suite = timeSkippingSuite();
  const timer = async (inMs: number, userId = 'agent-1'): Promise<SlaTimer> => {
    const now = await suite.env.currentTimeMs();
    return { deadline: iso(now + inMs), assignedAt: iso(now), userId };
  };

  it('fires once at the deadline when no agent answered, with the assignment to check', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      const sla = await timer(30 * minute);
      await conversation.receive(await conversation.message('m1', 0, { sla }));
      await suite.env.sleep(29 * minute);
      expect(conversation.fakes.calls.slaBreached).toEqual([]);
      await suite.env.sleep(2 * minute);
      await expectEventually(() =>
        expect(conversation.fakes.calls.slaBreached).toEqual([
          { conversationId: conversation.conversationId, assignedAt: sla.assignedAt, userId: 'agent-1' },
        ]),
      );
      await suite.env.sleep(60 * minute);
      expect(conversation.fakes.calls.slaBreached).toHaveLength(1);
      // The window's own timer is untouched: still open.
      expect((await conversation.state()).windowOpen).toBe(true);
    });
  });

  it('is cancelled by the agent’s first response (the sendMessage update)', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      await conversation.receive(await conversation.message('m1', 0, { sla: await timer(30 * minute) }));
      await suite.env.sleep(10 * minute);
      const reply = await conversation.update(sendRequest(textDraft(), { requestId: 'first-response' }));
      expect(reply.outcome).toBe('sent');
      await suite.env.sleep(60 * minute);
      expect(conversation.fakes.calls.slaBreached).toEqual([]);
    });
  });

  it('after a breach, the next assignment’s timer (its own signal) fires at its own deadline', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      conversation.fakes.overrides.slaBreached = async () => ({ outcome: 'reassigned' });
      const message = await conversation.message('m1', 0, { sla: await timer(15 * minute) });
      await conversation.receive(message);
      await suite.env.sleep(16 * minute);
      await expectEventually(() => expect(conversation.fakes.calls.slaBreached).toHaveLength(1));
      await conversation.relay({ ...message, sla: await timer(30 * minute, 'agent-2') });
      await suite.env.sleep(20 * minute);
      expect(conversation.fakes.calls.slaBreached).toHaveLength(1);
      await suite.env.sleep(15 * minute);
      await expectEventually(() =>
        expect(conversation.fakes.calls.slaBreached.map((call) => call.userId)).toEqual([
          'agent-1',
          'agent-2',
        ]),
      );
    });
  });

  it('a later assignment’s timer replaces an earlier one (a signal relayed again changes nothing)', async () => {
    await withConversation(suite.env, suite.bundle, async (conversation) => {
      const first = await timer(30 * minute);
      const message = await conversation.message('m1', 0, { sla: first });
      await conversation.receive(message);
      await suite.env.sleep(5 * minute);
      const later = await timer(60 * minute, 'agent-2');
      await conversation.relay({ ...message, sla: later });
      await conversation.relay({ ...message, sla: first });
      await suite.env.sleep(40 * minute);
      expect(conversation.fakes.calls.slaBreached).toEqual([]);
      await suite.env.sleep(30 * minute);
      await expectEventually(() =>
        expect(conversation.fakes.calls.slaBreached.map((call) => call.userId)).toEqual(['agent-2']),
      );
    });
  });
});
