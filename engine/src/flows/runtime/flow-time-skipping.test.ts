import { randomUUID } from 'node:crypto';
import { flowOptionId, type FlowGraph } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SecretBox } from '../../infrastructure/crypto/secret-box.js';
import { createAgents, createTeam, setRoutingRules } from '../../routing/routing.test-support.js';
import { eventually, useTimeSkippingEngine } from '../../testing/time-skipping-engine.js';
import { FlowSecretsStore } from '../flow-secrets.store.js';
import { FlowActivitiesService } from './flow-activities.service.js';
import { FlowDrafts } from './flow-draft.js';
import { FlowHandover } from './flow-handover.js';

const minute = 60_000;

/**
 * Flows end to end on Temporal's time-skipping server (docs/flows.md; useTimeSkippingEngine):
 * intake matches the active flow's trigger and starts a run, the real conversation workflow
 * interprets the published version over the engine's real activities and a test database; only
 * WhatsApp is faked, and the engine's clock follows the server's.
 */
describe('flows on the time-skipping server, with the real workflow and activities', () => {
  const engine = useTimeSkippingEngine('flows', (pieces) => {
    const { logger, database, conversations, files, drafts, replies, assignment, sender } = pieces;
    const flows = new FlowActivitiesService(
      logger,
      database,
      conversations,
      new FlowDrafts(database, files, drafts),
      replies,
      new FlowSecretsStore(database, {} as SecretBox),
      new FlowHandover(database, assignment),
      sender,
    );
    return { ...conversations.activities, ...flows.activities };
  });
  let team: string;
  let agent: string;

  beforeEach(async () => {
    const { database, organisationId } = engine;
    [agent] = (await createAgents(database, organisationId, 1)) as [string];
    team = await createTeam(database, organisationId, { members: [agent] });
    // Routing would give every new conversation to the team; the flow's trigger comes first.
    await setRoutingRules(database, organisationId, { rules: [], defaultTeamId: team });
  });

  /** Publishes `graph` as version `version` of a flow (one per test) active on the account. */
  async function publish(
    graph: FlowGraph,
    version = 1,
    flowId: string = randomUUID(),
  ): Promise<{ flowId: string; versionId: string }> {
    const now = new Date();
    const sql = engine.database.sql();
    if (version === 1) {
      await sql
        .insertInto('Flow')
        .values({
          id: flowId,
          organisation: engine.organisationId,
          name: `Greeting ${flowId.slice(0, 6)}`,
          description: '',
          draftGraph: graph,
          draftRevision: 0,
          publishedVersion: null,
          createdAt: now,
          updatedAt: now,
          updatedBy: null,
          archivedAt: null,
        })
        .execute();
      await sql
        .insertInto('FlowActivation')
        .values({
          id: randomUUID(),
          organisation: engine.organisationId,
          flow: flowId,
          channelAccount: engine.account.id,
          createdAt: now,
        })
        .execute();
    }
    const versionId = randomUUID();
    await sql
      .insertInto('FlowVersion')
      .values({
        id: versionId,
        organisation: engine.organisationId,
        flow: flowId,
        version,
        graph,
        note: '',
        rolledBackFrom: null,
        publishedAt: now,
        publishedBy: null,
      })
      .execute();
    await sql.updateTable('Flow').set({ publishedVersion: version }).where('id', '=', flowId).execute();
    engine.triggers.invalidate(); // as publishing does
    return { flowId, versionId };
  }

  function greeting(): FlowGraph {
    const graph = greetingFlow();
    const talk = graph.nodes.find((node) => node.id === 'talk');
    if (talk?.type === 'assign') talk.target = { kind: 'team', teamId: team };
    return graph;
  }

  const tap = (node: string, option: string) =>
    ({
      type: 'interactive_reply',
      source: 'button',
      replyId: flowOptionId(node, option),
      title: option,
    }) as const;

  const sentTo = (from: string) =>
    engine.channel.sent
      .filter((request) => request.to === from)
      .map((request) => {
        const message = request.message;
        return message.type === 'text'
          ? message.text
          : message.type === 'reply_buttons'
            ? `[${message.buttons.map((b) => b.title).join('|')}]`
            : message.type;
      });

  async function runsOf(flowId: string) {
    return engine.database
      .sql()
      .selectFrom('FlowRun')
      .select(['id', 'status', 'dropReason', 'flowVersion', 'currentNode'])
      .where('flow', '=', flowId)
      .execute();
  }

  async function stepsOf(runId: string) {
    const rows = await engine.database
      .sql()
      .selectFrom('FlowStep')
      .select(['nodeId', 'port', 'dropReason'])
      .where('run', '=', runId)
      .orderBy('seq')
      .execute();
    return rows.map((row) =>
      row.dropReason ? `${row.nodeId}!${row.dropReason}` : `${row.nodeId}:${row.port}`,
    );
  }

  it('runs the greeting flow: buttons, then each branch — an answer, the team, the reminder after 10 minutes', async () => {
    const { flowId } = await publish(greeting());
    for (const from of ['811100000001', '811100000002', '811100000003', '811100000004'])
      await engine.customerWrites(from, { type: 'text', text: 'こんにちは' });
    await eventually(() => expect(sentTo('811100000001')).toEqual(['[My order|Talk to us|Opening hours]']));
    // The flow answers: routing leaves the conversations alone.
    const unassigned = await engine.database
      .sql()
      .selectFrom('Conversation')
      .select(['team', 'assignedUser', 'activeFlowRun'])
      .execute();
    expect(unassigned.every((row) => row.team === null && row.activeFlowRun !== null)).toBe(true);
    await eventually(() => expect(sentTo('811100000004')).toHaveLength(1));

    await engine.customerWrites('811100000001', tap('menu', 'order'));
    await engine.customerWrites('811100000002', tap('menu', 'talk'));
    await engine.customerWrites('811100000003', { type: 'text', text: 'opening hours' });
    await eventually(() => {
      expect(sentTo('811100000001').at(-1)).toMatch(/^Your order is on its way/);
      expect(sentTo('811100000003').at(-1)).toBe('We are open 9–18');
    });
    await eventually(async () => {
      const talked = await engine.database
        .sql()
        .selectFrom('Conversation as c')
        .innerJoin('Contact as k', 'k.id', 'c.contact')
        .select(['c.team', 'c.assignedUser', 'c.activeFlowRun'])
        .where('k.platformId', '=', '811100000002')
        .executeTakeFirstOrThrow();
      expect(talked).toEqual({ team, assignedUser: agent, activeFlowRun: null });
    });

    await engine.skip(11 * minute);
    await eventually(() => expect(sentTo('811100000004').at(-1)).toMatch(/^Still there\?/));
    const runs = await runsOf(flowId);
    await eventually(async () =>
      expect((await runsOf(flowId)).map((run) => run.status).sort()).toEqual([
        'assigned',
        'completed',
        'completed',
        'completed',
      ]),
    );
    const byStatus = Object.fromEntries(
      await Promise.all(runs.map(async (run) => [run.id, await stepsOf(run.id)] as const)),
    );
    expect(
      Object.values(byStatus)
        .map((steps) => steps.join(' '))
        .sort(),
    ).toEqual([
      'start:next menu:hours hours_reply:next done:null',
      'start:next menu:order order_reply:next done:null',
      'start:next menu:talk talk:null',
      'start:next menu:timeout reminder:next done:null',
    ]);
  });

  it('keeps a waiting conversation in the version it started in; new conversations get the new one', async () => {
    const v1 = greeting();
    const { flowId, versionId: first } = await publish(v1);
    await engine.customerWrites('812200000001', { type: 'text', text: 'hi' });
    await eventually(() => expect(sentTo('812200000001')).toHaveLength(1));
    const v2 = greeting();
    const hours = v2.nodes.find((node) => node.id === 'hours_reply');
    if (hours?.type === 'send_message') hours.content = { kind: 'text', text: 'Open 24 hours now' };
    const { versionId: second } = await publish(v2, 2, flowId);
    await engine.customerWrites('812200000002', { type: 'text', text: 'hi' });
    await eventually(() => expect(sentTo('812200000002')).toHaveLength(1));
    await engine.customerWrites('812200000001', tap('menu', 'hours'));
    await engine.customerWrites('812200000002', tap('menu', 'hours'));
    await eventually(() => {
      expect(sentTo('812200000001').at(-1)).toBe('We are open 9–18');
      expect(sentTo('812200000002').at(-1)).toBe('Open 24 hours now');
    });
    expect((await runsOf(flowId)).map((run) => run.flowVersion).sort()).toEqual([first, second].sort());
  });

  it('stops sending once an agent takes the conversation: the run is dropped as a handoff where it rested', async () => {
    const { flowId } = await publish(greeting());
    await engine.customerWrites('813300000001', { type: 'text', text: 'hi' });
    await eventually(() => expect(sentTo('813300000001')).toHaveLength(1));
    const conversation = await engine.database
      .sql()
      .selectFrom('Conversation')
      .select('id')
      .executeTakeFirstOrThrow();
    expect('refused' in (await engine.assignment.assignTo(conversation.id, agent))).toBe(false);
    const [run] = await runsOf(flowId);
    expect(run).toMatchObject({ status: 'dropped', dropReason: 'handoff' });
    expect(await stepsOf(run!.id)).toEqual(['start:next', 'menu!handoff']);
    await engine.customerWrites('813300000001', tap('menu', 'order'));
    await engine.skip(15 * minute);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sentTo('813300000001')).toHaveLength(1);
  });
});
