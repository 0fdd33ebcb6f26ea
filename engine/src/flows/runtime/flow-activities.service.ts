import { Inject, Injectable } from '@nestjs/common';
import {
  flowGraphSchema,
  type FlowActivities,
  type FlowCallResult,
  type FlowEffect,
  type FlowTurnInput,
  type FlowTurnResult,
  type LoadedFlow,
  type StartFlowInput,
  type StartFlowResult,
} from '@parley/workflows/flows';
import { Context } from '@temporalio/activity';
import type { Logger } from 'pino';
import { AutomaticRepliesStore } from '../../channels/automatic-replies/automatic-replies.store.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { LOGGER } from '../../infrastructure/logging/logging.module.js';
import { ConversationActivitiesService } from '../../messaging/conversation-activities.js';
import { OutboundSender } from '../../messaging/outbound-sender.js';
import { FlowSecretsStore } from '../flow-secrets.store.js';
import { FlowDrafts } from './flow-draft.js';
import { FlowHandover } from './flow-handover.js';
import { performHttp } from './flow-http.js';
import { dropRun, endRun, markResting, recordSteps, testVersionId } from './flow-run-rows.js';
import { applyTag } from './flow-tags.js';

type Stop = Pick<FlowTurnResult, 'stopped' | 'windowClosed'>;

/**
 * The conversation workflow's flow activities (docs/flows.md): `startFlow` gives a run its pinned
 * graph and what its conditions read; `flowTurn` performs one turn's effects in order, answers its
 * call, and records its steps and where it rests. Idempotent: sends are keyed, steps unique per
 * position, ends conditional. A person owning the conversation stops the run before any send.
 */
@Injectable()
export class FlowActivitiesService {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly conversations: ConversationActivitiesService,
    private readonly drafts: FlowDrafts,
    private readonly replies: AutomaticRepliesStore,
    private readonly secrets: FlowSecretsStore,
    private readonly handover: FlowHandover,
    private readonly sender: OutboundSender,
  ) {}

  readonly activities: FlowActivities = {
    startFlow: (input) => this.startFlow(input),
    flowTurn: (input) => this.flowTurn(input),
  };

  private async startFlow(input: StartFlowInput): Promise<StartFlowResult> {
    const sql = this.database.sql();
    const run = await sql
      .selectFrom('FlowRun as r')
      .innerJoin('Conversation as c', 'c.id', 'r.conversation')
      .innerJoin('Contact as k', 'k.id', 'c.contact')
      .leftJoin('FlowVersion as v', 'v.id', 'r.flowVersion')
      .select([
        'r.flow',
        'r.flowVersion',
        'r.status',
        'r.test',
        'r.testGraph',
        'v.graph',
        'v.version',
        'c.channelAccount',
        'k.id as contactId',
        'k.name',
        'k.platformId',
        'k.language',
      ])
      .where('r.id', '=', input.runId)
      .where('r.conversation', '=', input.conversationId)
      .executeTakeFirst();
    const graph = flowGraphSchema.safeParse(run?.graph ?? run?.testGraph);
    if (!run || run.status !== 'running' || !graph.success) return { ok: false };
    const tags = await sql
      .selectFrom('ContactTag')
      .select('tag')
      .where('contact', '=', run.contactId)
      .execute();
    const settings = await this.replies.get(run.channelAccount);
    return {
      ok: true,
      test: Boolean(run.test),
      flow: {
        flowId: run.flow,
        versionId: run.flowVersion ?? testVersionId(input.runId),
        version: run.version ?? null,
        graph: graph.data,
      },
      contact: {
        name: run.name,
        phone: run.platformId && /^\d+$/.test(run.platformId) ? `+${run.platformId}` : run.platformId,
        language: run.language,
        tags: tags.map((row) => row.tag),
      },
      businessHours: settings.businessHours,
    };
  }

  private async flowTurn(input: FlowTurnInput): Promise<FlowTurnResult> {
    const sql = this.database.sql();
    const run = await sql
      .selectFrom('FlowRun as r')
      .innerJoin('Conversation as c', 'c.id', 'r.conversation')
      .select(['r.organisation', 'r.status', 'c.assignedUser', 'c.contact'])
      .where('r.id', '=', input.runId)
      .where('r.conversation', '=', input.conversationId)
      .executeTakeFirst();
    if (!run || run.status !== 'running') return { stopped: 'inactive' };
    const organisationId = run.organisation;
    if (run.assignedUser !== null) return this.stop(input, organisationId, 'handoff');

    // Messages held behind the fallback template this turn: one template asks the customer back.
    const held: string[] = [];
    for (const effect of input.effects) {
      const stop = await this.perform(input, organisationId, run.contact, effect, held);
      if (stop) return { ...stop, ...(held.length > 0 ? { held } : {}) };
    }
    const callResult = input.call ? await this.call(organisationId, input.call) : undefined;
    await this.database.transaction(async (tx) => {
      await recordSteps(tx, organisationId, input.runId, input.records);
      if (input.end) await endRun(tx, input.runId, input.end, new Date());
      else await markResting(tx, input.runId, input.resting);
    });
    return { ...(callResult ? { callResult } : {}), ...(held.length > 0 ? { held } : {}) };
  }

  /** One effect; a reason to stop the run, when it must. */
  private async perform(
    input: FlowTurnInput,
    organisationId: string,
    contactId: string,
    effect: FlowEffect,
    held: string[],
  ): Promise<Stop | undefined> {
    switch (effect.kind) {
      case 'tag':
        await applyTag(this.database.sql(), organisationId, contactId, effect);
        return undefined;
      case 'close':
        await this.handover.close(input.conversationId);
        return undefined;
      case 'assign':
        // The run ends as assigned before routing gives the conversation to someone.
        await this.database.transaction(async (tx) => {
          await recordSteps(tx, organisationId, input.runId, input.records);
          await endRun(tx, input.runId, input.end ?? { status: 'assigned' }, new Date());
        });
        await this.handover.assign(input.conversationId, effect.target);
        return undefined;
      case 'send':
        return this.send(input, organisationId, effect, held);
    }
  }

  private async send(
    input: FlowTurnInput,
    organisationId: string,
    effect: Extract<FlowEffect, { kind: 'send' }>,
    held: string[],
  ): Promise<Stop | undefined> {
    let draft;
    try {
      draft = await this.drafts.draft(organisationId, input.conversationId, effect.message);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return this.stop(input, organisationId, 'failed', `a message could not be made: ${error.message}`);
    }
    const send = {
      conversationId: input.conversationId,
      idempotencyKey: effect.key,
      draft,
      senderUserId: null,
      maxAttempts: input.maxAttempts,
    };
    if (!effect.windowOpen && effect.message.type !== 'template' && held.length > 0) {
      const kept = await this.sender.hold({ ...send, stored: draft.stored, replyTo: null });
      if ('outcome' in kept)
        return this.stop(input, organisationId, kept.outcome === 'handed_off' ? 'handoff' : 'failed');
      held.push(kept.messageId);
      return undefined;
    }
    const result =
      effect.windowOpen || effect.message.type === 'template'
        ? await this.conversations.activities.sendMessage(send)
        : await this.conversations.activities.holdWithFallback({ ...send, flagIfNoFallback: true });
    if (result.outcome === 'held') held.push(result.messageId);
    if (result.outcome === 'handed_off') return this.stop(input, organisationId, 'handoff');
    if (result.outcome === 'no_fallback') {
      await this.stop(input, organisationId, 'window_closed', result.reason);
      return { windowClosed: true };
    }
    if (result.outcome === 'account_off')
      return this.stop(input, organisationId, 'failed', 'the channel account is off');
    if (result.outcome === 'failed')
      this.logger.warn(
        { runId: input.runId, code: result.code },
        'a flow message was refused; the flow goes on',
      );
    return undefined;
  }

  /** Records the turn's steps so far and drops the run where it rests. */
  private async stop(
    input: FlowTurnInput,
    organisationId: string,
    reason: 'handoff' | 'failed' | 'window_closed',
    detail = 'a person took over',
  ): Promise<Stop> {
    await this.database.transaction(async (tx) => {
      await recordSteps(tx, organisationId, input.runId, input.records);
      await markResting(tx, input.runId, input.resting);
      await dropRun(tx, input.runId, reason, detail, new Date());
    });
    return { stopped: reason === 'handoff' ? 'handoff' : 'inactive' };
  }

  private async call(
    organisationId: string,
    call: NonNullable<FlowTurnInput['call']>,
  ): Promise<FlowCallResult> {
    if (call.kind === 'http') {
      const settings = await this.secrets.resolve(organisationId);
      const remaining = Context.current().info.startToCloseTimeoutMs;
      return performHttp(
        { ...call.request, timeoutMs: Math.min(call.request.timeoutMs, remaining) },
        settings,
      );
    }
    return { kind: 'load_flow', flow: await this.published(organisationId, call.flowId) };
  }

  /** Another flow's latest published version, pinned for the rest of the run. */
  private async published(organisationId: string, flowId: string): Promise<LoadedFlow | null> {
    const row = await this.database
      .sql()
      .selectFrom('Flow as f')
      .innerJoin('FlowVersion as v', (join) =>
        join.onRef('v.flow', '=', 'f.id').onRef('v.version', '=', 'f.publishedVersion'),
      )
      .select(['v.id', 'v.version', 'v.graph'])
      .where('f.id', '=', flowId)
      .where('f.organisation', '=', organisationId)
      .where('f.archivedAt', 'is', null)
      .executeTakeFirst();
    const graph = flowGraphSchema.safeParse(row?.graph);
    if (!row || !graph.success) return null;
    return { flowId, versionId: row.id, version: row.version, graph: graph.data };
  }
}
