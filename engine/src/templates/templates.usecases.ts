import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type CreateTemplateInput,
  type EditTemplateInput,
  type Template,
  type TemplateContent,
  type TemplateDetail,
  type TemplateSyncResult,
  type listTemplatesQuery,
} from '@parley/contracts';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller } from '../auth/caller.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { isUniqueViolation } from '../infrastructure/http/error.filter.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { requireFeature } from '../organisations/plan-policy.js';
import type { PendingSubmission } from './template-activities.js';
import { findTemplate, templateRows, type TemplateRow } from './template-rows.js';
import { TemplateSync } from './template-sync.service.js';
import { addTimelineEntry } from './template-timeline.js';
import { TemplateWorkflows } from './template-workflows.service.js';
import { toTemplateDto, toTemplateEventDto } from './template.dto.js';

/** How long a create or edit waits for WhatsApp before answering with the template as it stands. */
const submitWaitMs = 15_000;

const editRefusal = {
  STATUS: (status: string) =>
    `a ${status.toLowerCase()} template cannot be edited; only approved, rejected or paused ones`,
  DAILY_LIMIT: () => 'an approved template can be edited once in 24 hours',
  MONTHLY_LIMIT: () => 'an approved template can be edited at most 10 times in 30 days',
  NOT_EDITABLE_IN_PARLEY: () =>
    'this template uses parts Parley cannot edit, or an edit is already waiting to be submitted; edit it in WhatsApp Manager',
};

/** Templates of the organisation's WhatsApp Business Accounts: authoring, switching, deleting, syncing. */
@Injectable()
export class TemplatesUseCase {
  constructor(
    private readonly database: Database,
    private readonly workflows: TemplateWorkflows,
    private readonly publisher: InboxPublisher,
    private readonly sync: TemplateSync,
  ) {}

  async list(caller: Caller, query: z.infer<typeof listTemplatesQuery>): Promise<Template[]> {
    const sql = this.database.sql();
    let rows = templateRows(sql, caller.organisationId);
    if (query.channelAccountId) {
      const account = await whatsappAccount(sql, caller, query.channelAccountId, 'channelAccountId');
      rows = rows.where('MessageTemplate.wabaId', '=', account.wabaId);
    }
    if (query.status) rows = rows.where('MessageTemplate.status', '=', query.status);
    if (query.category) rows = rows.where('MessageTemplate.category', '=', query.category);
    if (query.language) rows = rows.where('MessageTemplate.language', '=', query.language);
    if (query.groupId) rows = rows.where('MessageTemplate.group', '=', query.groupId);
    const now = new Date();
    return (await rows.orderBy('MessageTemplate.name').orderBy('MessageTemplate.language').execute()).map(
      (row) => toTemplateDto(row, now),
    );
  }

  async get(caller: Caller, id: string): Promise<TemplateDetail> {
    const sql = this.database.sql();
    const row = await this.row(sql, caller, id);
    const events = await sql
      .selectFrom('TemplateEvent')
      .leftJoin('User', 'User.id', 'TemplateEvent.actor')
      .selectAll('TemplateEvent')
      .select('User.name as actorName')
      .where('TemplateEvent.template', '=', id)
      .orderBy('TemplateEvent.occurredAt', 'desc')
      .orderBy('TemplateEvent.id')
      .execute();
    return { ...toTemplateDto(row), timeline: events.map(toTemplateEventDto) };
  }

  async create(caller: Caller, input: CreateTemplateInput): Promise<Template> {
    const sql = this.database.sql();
    await requireFeature(sql, caller.organisationId, 'whatsapp');
    const account = await whatsappAccount(sql, caller, input.channelAccountId, 'channelAccountId');
    const hold = await sql
      .selectFrom('TemplateNameHold')
      .select('heldUntil')
      .where('wabaId', '=', account.wabaId)
      .where('name', '=', input.name)
      .where('language', '=', input.language)
      .where('heldUntil', '>', new Date())
      .executeTakeFirst();
    if (hold) {
      const until = new Date(hold.heldUntil).toISOString();
      throw new ApiError(
        409,
        'NAME_HELD',
        `name: WhatsApp keeps a deleted template's name for 30 days; ${input.name} (${input.language}) can be used again from ${until}`,
        [{ path: 'name', message: `can be used again from ${until}` }],
      );
    }
    const headerFileId = await headerFileOf(sql, caller, input);
    const id = randomUUID();
    const now = new Date();
    try {
      await this.database.transaction(async (tx) => {
        const groupId = await chooseGroup(tx, caller, input);
        await tx
          .insertInto('MessageTemplate')
          .values({
            id,
            organisation: caller.organisationId,
            wabaId: account.wabaId,
            platformTemplateId: null,
            name: input.name,
            language: input.language,
            category: input.category,
            status: 'SUBMITTING',
            statusReason: null,
            previousCategory: null,
            upcomingCategory: null,
            components: [],
            content: contentOf(input),
            pendingSubmission: null,
            origin: 'parley',
            enabled: true,
            group: groupId,
            headerFile: headerFileId,
            approvedEdits: [],
            syncedAt: null,
            createdBy: caller.userId,
            importedAt: now,
            updatedAt: now,
          })
          .execute();
        await recordAudit(tx, {
          actor: caller,
          action: 'template.created',
          target: { type: 'template', id, label: `${input.name} (${input.language})` },
          after: { category: input.category, groupId },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ApiError(
          409,
          'TEMPLATE_EXISTS',
          `name: this WhatsApp Business Account already has a template ${input.name} in ${input.language}`,
          [{ path: 'name', message: `already exists in ${input.language}` }],
        );
      throw error;
    }
    await this.submitAndWait({ id, wabaId: account.wabaId, status: 'SUBMITTING' }, caller);
    return toTemplateDto(await this.row(sql, caller, id));
  }

  async edit(caller: Caller, id: string, input: EditTemplateInput): Promise<Template> {
    const sql = this.database.sql();
    const row = await this.row(sql, caller, id);
    const current = toTemplateDto(row);
    if (!current.edit.allowed) {
      const { reason, allowedFrom } = current.edit;
      throw new ApiError(
        409,
        'EDIT_NOT_ALLOWED',
        `${editRefusal[reason](row.status)}${allowedFrom ? `; it can be edited again from ${allowedFrom}` : ''}`,
      );
    }
    if (row.status === 'APPROVED' && input.category !== row.category)
      throw new ApiError(409, 'CATEGORY_LOCKED', `category: an approved template stays ${row.category}`, [
        { path: 'category', message: `an approved template stays ${row.category}` },
      ]);
    const headerFileId = await headerFileOf(sql, caller, input);
    const pending: PendingSubmission = {
      content: contentOf(input),
      headerFileId,
      actorUserId: caller.userId,
    };
    await this.database.transaction(async (tx) => {
      const groupId = await chooseGroup(tx, caller, input);
      // Only one edit at a time: the row must still be as it was read.
      const updated = await tx
        .updateTable('MessageTemplate')
        .set({
          pendingSubmission: pending as unknown as Record<string, unknown>,
          group: groupId,
          updatedAt: new Date(),
        })
        .where('id', '=', id)
        .where('pendingSubmission', 'is', null)
        .where('status', '=', row.status)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        throw new ApiError(409, 'CONFLICT', 'the template changed meanwhile; reload it and try again');
      await recordAudit(tx, {
        actor: caller,
        action: 'template.edited',
        target: { type: 'template', id, label: `${row.name} (${row.language})` },
        before: { category: row.category, status: row.status },
        after: { category: input.category },
      });
    });
    await this.submitAndWait({ id, wabaId: row.wabaId, status: row.status }, caller);
    return toTemplateDto(await this.row(sql, caller, id));
  }

  /** Deletes it here and on WhatsApp; says until when WhatsApp keeps the name. */
  async remove(caller: Caller, id: string): Promise<{ nameHeldUntil: string | null }> {
    const sql = this.database.sql();
    const row = await this.row(sql, caller, id);
    const result = await this.workflows.delete({ id, wabaId: row.wabaId, status: row.status });
    await recordAudit(sql, {
      actor: caller,
      action: 'template.deleted',
      target: { type: 'template', id, label: `${row.name} (${row.language})` },
      before: { status: row.status },
    });
    return result;
  }

  async setEnabled(caller: Caller, id: string, enabled: boolean): Promise<Template> {
    const sql = this.database.sql();
    const row = await this.row(sql, caller, id);
    if (Boolean(row.enabled) !== enabled) {
      await this.database.transaction(async (tx) => {
        const now = new Date();
        await tx
          .updateTable('MessageTemplate')
          .set({ enabled, updatedAt: now })
          .where('id', '=', id)
          .execute();
        await addTimelineEntry(tx, {
          organisationId: caller.organisationId,
          templateId: id,
          kind: enabled ? 'enabled' : 'disabled',
          source: 'person',
          actorUserId: caller.userId,
          occurredAt: now,
        });
        await recordAudit(tx, {
          actor: caller,
          action: enabled ? 'template.enabled' : 'template.disabled',
          target: { type: 'template', id, label: `${row.name} (${row.language})` },
          before: { enabled: !enabled },
          after: { enabled },
        });
      });
      await this.publisher.templates(caller.organisationId, [id]);
    }
    return toTemplateDto(await this.row(sql, caller, id));
  }

  async unpause(caller: Caller, id: string): Promise<Template> {
    const sql = this.database.sql();
    const row = await this.row(sql, caller, id);
    if (row.status !== 'PAUSED')
      throw new ApiError(409, 'NOT_PAUSED', `the template is ${row.status}, not paused`);
    await this.workflows.unpause({ id, wabaId: row.wabaId, status: row.status }, caller.userId);
    return toTemplateDto(await this.row(sql, caller, id));
  }

  async syncNow(caller: Caller, channelAccountId?: string): Promise<TemplateSyncResult> {
    const sql = this.database.sql();
    const wabaId = channelAccountId
      ? (await whatsappAccount(sql, caller, channelAccountId, 'channelAccountId')).wabaId
      : undefined;
    return this.sync.syncOrganisation(caller.organisationId, wabaId);
  }

  private async row(sql: Sql, caller: Caller, id: string): Promise<TemplateRow> {
    const row = await findTemplate(sql, caller.organisationId, id);
    if (!row) throw new ApiError(404, 'NOT_FOUND', `template ${id} does not exist`);
    return row;
  }

  /** Submits through the workflow and waits a while for WhatsApp; a slow WhatsApp is answered later, live. */
  private async submitAndWait(template: { id: string; wabaId: string; status: string }, caller: Caller) {
    const submitted = this.workflows.submit(template).catch((error: unknown) => {
      // Saved, and submitted by the hourly sync once Temporal is back.
      if (error instanceof ApiError && error.code === 'TEMPORAL_UNAVAILABLE') return 'waiting' as const;
      throw error;
    });
    const timer = new Promise<'waiting'>((resolve) =>
      setTimeout(() => resolve('waiting'), submitWaitMs).unref(),
    );
    const outcome = await Promise.race([submitted, timer]);
    if (outcome === 'waiting') submitted.catch(() => undefined);
    await this.publisher.templates(caller.organisationId, [template.id]);
  }
}

/** A connected WhatsApp account of the caller's organisation, with its WABA. */
export async function whatsappAccount(sql: Sql, caller: Caller, id: string, path: string) {
  const account = await sql
    .selectFrom('ChannelAccount')
    .select(['id', 'parentAccountId', 'channel', 'disconnectedAt'])
    .where('id', '=', id)
    .where('organisation', '=', caller.organisationId)
    .executeTakeFirst();
  if (!account) throw new ApiError(404, 'NOT_FOUND', `${path}: channel account ${id} does not exist`);
  if (account.channel !== 'whatsapp' || !account.parentAccountId)
    throw new ApiError(400, 'INVALID_INPUT', `${path}: templates are for WhatsApp accounts only`, [
      { path, message: 'templates are for WhatsApp accounts only' },
    ]);
  return { id: account.id, wabaId: account.parentAccountId, disconnected: account.disconnectedAt !== null };
}

function contentOf(input: CreateTemplateInput | EditTemplateInput): TemplateContent {
  return {
    category: input.category,
    header: input.header,
    body: input.body,
    examples: input.examples,
    footer: input.footer,
    buttons: input.buttons,
    authentication: input.authentication,
    allowCategoryChange: input.allowCategoryChange,
  };
}

/** The header's library file, checked to be the organisation's and of the header's kind. */
async function headerFileOf(sql: Sql, caller: Caller, input: CreateTemplateInput | EditTemplateInput) {
  const header = input.header;
  if (!header || header.format === 'TEXT' || header.fileId === null) return null;
  const file = await sql
    .selectFrom('LibraryFile')
    .select(['id', 'format'])
    .where('id', '=', header.fileId)
    .where('organisation', '=', caller.organisationId)
    .executeTakeFirst();
  if (!file)
    throw new ApiError(400, 'INVALID_INPUT', 'header.fileId: no such file in the library', [
      { path: 'header.fileId', message: 'no such file in the library' },
    ]);
  if (file.format !== header.format) {
    const kind = { IMAGE: 'an image', VIDEO: 'a video', DOCUMENT: 'a document' }[header.format];
    throw new ApiError(400, 'INVALID_INPUT', `header.fileId: the file is not ${kind}`, [
      { path: 'header.fileId', message: `the file is not ${kind}` },
    ]);
  }
  return file.id;
}

/** The group the template goes in: a new one by name (or the existing one of that name), or the chosen one. */
async function chooseGroup(
  sql: Sql,
  caller: Caller,
  input: { groupId: string | null; newGroupName: string },
) {
  if (input.newGroupName) {
    const existing = await sql
      .selectFrom('TemplateGroup')
      .select('id')
      .where('organisation', '=', caller.organisationId)
      .where('name', '=', input.newGroupName)
      .executeTakeFirst();
    if (existing) return existing.id;
    const id = randomUUID();
    await sql
      .insertInto('TemplateGroup')
      .values({ id, organisation: caller.organisationId, name: input.newGroupName, createdAt: new Date() })
      .execute();
    return id;
  }
  if (input.groupId === null) return null;
  const group = await sql
    .selectFrom('TemplateGroup')
    .select('id')
    .where('id', '=', input.groupId)
    .where('organisation', '=', caller.organisationId)
    .executeTakeFirst();
  if (!group)
    throw new ApiError(400, 'INVALID_INPUT', 'groupId: no such group', [
      { path: 'groupId', message: 'no such group' },
    ]);
  return group.id;
}
