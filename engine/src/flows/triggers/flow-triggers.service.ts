import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { InboundContent } from '@parley/connector-sdk';
import {
  chooseTrigger,
  flowGraphSchema,
  type FlowReply,
  type TriggerCandidate,
} from '@parley/workflows/flows';
import type { Sql } from '../../infrastructure/database/database.js';
import { insertStartedRun } from '../runtime/flow-run-rows.js';
import { replyOf } from './reply-of.js';

/** How long an account's active triggers are reused before reading them again. */
export const flowTriggersCacheMs = 5_000;

/** What intake knows of the conversation a customer wrote to. */
export interface IntakeConversation {
  id: string;
  organisationId: string;
  channelAccountId: string;
  assignedUserId: string | null;
  teamId: string | null;
  activeFlowRun: string | null;
  /** Created by this message: its first. */
  created: boolean;
}

/** What the message's signal carries for flows, and whether automation (not routing) answers it. */
export interface IntakeAutomation {
  signal: { flow?: { runId: string }; reply?: FlowReply };
  automated: boolean;
}

/**
 * Flow triggers at intake (docs/flows.md), in intake's transaction: a message to a conversation a
 * flow runs on is carried to it (its content in the signal); one to a conversation nobody owns
 * may start the active flow whose trigger matches — the run's row and the conversation's claim on
 * it are written here, so routing leaves it to the flow, and the workflow is told in the signal.
 * Active triggers are kept a few seconds per account; a change made in this process is seen at once.
 */
@Injectable()
export class FlowTriggers {
  private readonly cache = new Map<string, { candidates: TriggerCandidate[]; until: number }>();

  invalidate(): void {
    this.cache.clear();
  }

  async onInbound(
    sql: Sql,
    conversation: IntakeConversation,
    content: InboundContent,
    now: Date,
  ): Promise<IntakeAutomation> {
    if (conversation.assignedUserId !== null) return { signal: {}, automated: false };
    const reply = replyOf(content);
    if (conversation.activeFlowRun !== null) return { signal: { reply }, automated: true };
    if (conversation.teamId !== null) return { signal: {}, automated: false };
    const candidates = await this.candidates(sql, conversation.channelAccountId);
    if (candidates.length === 0) return { signal: {}, automated: false };
    const chosen = chooseTrigger(candidates, reply, conversation.created);
    if (!chosen) return { signal: {}, automated: false };
    const runId = randomUUID();
    // The claim first: of two intakes racing for one conversation, only one starts a run; the
    // other's message goes to that run.
    const claimed = await sql
      .updateTable('Conversation')
      .set({ activeFlowRun: runId })
      .where('id', '=', conversation.id)
      .where('activeFlowRun', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return { signal: { reply }, automated: true };
    await insertStartedRun(sql, {
      id: runId,
      organisationId: conversation.organisationId,
      flowId: chosen.flowId,
      conversationId: conversation.id,
      versionId: chosen.versionId,
      testGraph: null,
      startedBy: null,
      startedAt: now,
    });
    return { signal: { flow: { runId }, reply }, automated: true };
  }

  private async candidates(sql: Sql, channelAccountId: string): Promise<TriggerCandidate[]> {
    const cached = this.cache.get(channelAccountId);
    if (cached && cached.until > Date.now()) return cached.candidates;
    const rows = await sql
      .selectFrom('FlowActivation as a')
      .innerJoin('Flow as f', 'f.id', 'a.flow')
      .innerJoin('FlowVersion as v', (join) =>
        join.onRef('v.flow', '=', 'f.id').onRef('v.version', '=', 'f.publishedVersion'),
      )
      .select(['f.id as flowId', 'v.id as versionId', 'v.graph'])
      .where('a.channelAccount', '=', channelAccountId)
      .where('f.archivedAt', 'is', null)
      .orderBy('f.createdAt')
      .execute();
    const candidates = rows.flatMap((row): TriggerCandidate[] => {
      const trigger = flowGraphSchema
        .safeParse(row.graph)
        .data?.nodes.find((node) => node.type === 'trigger');
      return trigger?.type === 'trigger'
        ? [{ flowId: row.flowId, versionId: row.versionId, match: trigger.match, priority: trigger.priority }]
        : [];
    });
    this.cache.set(channelAccountId, { candidates, until: Date.now() + flowTriggersCacheMs });
    return candidates;
  }
}
