import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConnectorSendError } from '@parley/connector-sdk';
import { deletedNameHoldDays, type TemplateContent } from '@parley/contracts';
import {
  platformRefusedFailureType,
  type DeletedTemplate,
  type RecordedTemplateEvent,
  type SubmittedTemplate,
  type TemplateActivities,
  type TemplateActivityInput,
  type TemplatePlatformEvent,
} from '@parley/workflows';
import { ApplicationFailure } from '@temporalio/common';
import type { Logger } from 'pino';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { LibraryFiles } from '../files/library-files.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import type { MessageTemplate } from '../infrastructure/database/entities.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { fromMetaComponents, toMetaComponents, toMetaDefinition } from './meta-components.js';
import { addTimelineEntry, applyPlatformEvent } from './template-timeline.js';
import { wabaAccess, type WabaAccess } from './waba-access.js';

const dayMs = 24 * 60 * 60 * 1000;
type Row = Omit<MessageTemplate, 'organisation' | 'group' | 'headerFile' | 'createdBy'> & {
  organisation: string;
  headerFile: string | null;
  createdBy: string | null;
};

/** An edit waiting for the workflow to submit it (`MessageTemplate.pendingSubmission`). */
export interface PendingSubmission {
  content: TemplateContent;
  headerFileId: string | null;
  actorUserId: string | null;
}

/** Statuses that mean WhatsApp approved the template at some point (its name is then held 30 days). */
const approvedOnce = new Set(['APPROVED', 'PAUSED', 'DISABLED', 'FLAGGED', 'REINSTATED']);

/**
 * The template-lifecycle workflow's side effects: WhatsApp's management API and the stored
 * template. Each is idempotent — a retried submission finds the platform id already stored, an
 * event already recorded is recorded once — and a refusal is a non-retryable failure.
 */
@Injectable()
export class TemplateActivitiesService {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly clients: ChannelClients,
    private readonly files: LibraryFiles,
    private readonly publisher: InboxPublisher,
  ) {}

  readonly activities: TemplateActivities = {
    submitTemplate: (input) => this.submit(input),
    recordTemplateEvent: (input) => this.record(input.templateId, input.event),
    pollTemplate: (input) => this.poll(input),
    unpauseTemplate: (input) => this.unpause(input),
    deleteTemplate: (input) => this.delete(input),
  };

  private async row(sql: Sql, templateId: string): Promise<Row | undefined> {
    return sql.selectFrom('MessageTemplate').selectAll().where('id', '=', templateId).executeTakeFirst();
  }

  private async access(row: Row): Promise<WabaAccess> {
    const access = await wabaAccess(this.database.sql(), this.clients, row.organisation, row.wabaId);
    if (!access)
      throw ApplicationFailure.nonRetryable(
        `no connected number of WhatsApp Business Account ${row.wabaId}`,
        platformRefusedFailureType,
        { code: 'NOT_CONNECTED', message: 'No number of this WhatsApp Business Account is connected.' },
      );
    return access;
  }

  private async submit({ templateId }: TemplateActivityInput): Promise<SubmittedTemplate> {
    const sql = this.database.sql();
    const row = await this.row(sql, templateId);
    if (!row)
      throw ApplicationFailure.nonRetryable(`template ${templateId} is gone`, platformRefusedFailureType);
    const pending = row.pendingSubmission as PendingSubmission | null;
    if (row.platformTemplateId && !pending)
      return { status: row.status, platformTemplateId: row.platformTemplateId };
    const access = await this.access(row);
    const content = pending?.content ?? (row.content as TemplateContent | null);
    if (!content)
      throw ApplicationFailure.nonRetryable(
        'the template has no content to submit',
        platformRefusedFailureType,
      );
    const headerFileId = pending ? pending.headerFileId : row.headerFile;
    const now = new Date();
    try {
      const handle =
        content.header && content.header.format !== 'TEXT' && headerFileId
          ? await this.files.headerHandle(row.organisation, headerFileId, access)
          : undefined;
      const components = toMetaComponents(content, handle);
      const outcome = row.platformTemplateId
        ? await this.submitEdit(access, row, content, components)
        : await access.management.createTemplate(row.wabaId, toMetaDefinition(row, content, handle));
      const edited = row.platformTemplateId !== null;
      await this.database.transaction(async (tx) => {
        await tx
          .updateTable('MessageTemplate')
          .set({
            platformTemplateId: outcome.id,
            status: outcome.status,
            statusReason: null,
            category: outcome.category.toUpperCase(),
            content,
            headerFile: headerFileId,
            components,
            pendingSubmission: null,
            // An approved template's edits count against WhatsApp's limits (30 days are kept).
            approvedEdits:
              edited && row.status === 'APPROVED'
                ? [
                    ...row.approvedEdits.filter((at) => now.getTime() - Date.parse(at) < 30 * dayMs),
                    now.toISOString(),
                  ]
                : row.approvedEdits,
            syncedAt: now,
            updatedAt: now,
          })
          .where('id', '=', row.id)
          .execute();
        await addTimelineEntry(tx, {
          organisationId: row.organisation,
          templateId: row.id,
          kind: edited ? 'edited' : 'submitted',
          source: 'person',
          status: outcome.status,
          actorUserId: edited ? (pending?.actorUserId ?? null) : row.createdBy,
          occurredAt: now,
        });
      });
      await this.publisher.templates(row.organisation, [row.id]);
      return { status: outcome.status, platformTemplateId: outcome.id };
    } catch (error) {
      throw await this.refusal(sql, row, error, pending !== null);
    }
  }

  /** Submits an edit; WhatsApp answers only `success`, and the template is in review again. */
  private async submitEdit(access: WabaAccess, row: Row, content: TemplateContent, components: unknown[]) {
    await access.management.editTemplate(row.platformTemplateId!, {
      ...(content.category !== row.category ? { category: content.category } : {}),
      components: components as never,
    });
    return { id: row.platformTemplateId!, status: 'PENDING', category: content.category };
  }

  /** A permanent refusal as the workflow's non-retryable failure; a new template WhatsApp refused is removed. */
  private async refusal(sql: Sql, row: Row, error: unknown, editing: boolean): Promise<unknown> {
    if (!(error instanceof ConnectorSendError) || error.retryable) return error;
    this.logger.warn({ err: error, templateId: row.id }, 'WhatsApp refused the template');
    if (!row.platformTemplateId) await removeTemplateRow(sql, row.id);
    else if (editing) {
      await sql
        .updateTable('MessageTemplate')
        .set({ pendingSubmission: null })
        .where('id', '=', row.id)
        .execute();
      await addTimelineEntry(sql, {
        organisationId: row.organisation,
        templateId: row.id,
        kind: 'submission_failed',
        source: 'person',
        detail: error.message,
        occurredAt: new Date(),
      });
      await this.publisher.templates(row.organisation, [row.id]);
    }
    return ApplicationFailure.nonRetryable(error.message, platformRefusedFailureType, {
      code: error.platformCode,
      message: error.message,
    });
  }

  private async record(templateId: string, event: TemplatePlatformEvent): Promise<RecordedTemplateEvent> {
    let row = await this.row(this.database.sql(), templateId);
    if (!row) return { status: 'DELETED', exists: false };
    if (row.platformTemplateId && row.components.length === 0)
      // Its details can wait for the next event or the hourly sync; the event itself is recorded now.
      row =
        (await this.refresh(row).catch((error: unknown) => {
          this.logger.warn({ err: error, templateId }, 'could not read the template from WhatsApp');
          return undefined;
        })) ?? row;
    const current = row;
    const status = await this.database.transaction((tx) =>
      applyPlatformEvent(
        tx,
        {
          id: current.id,
          organisationId: current.organisation,
          status: current.status,
          category: current.category,
          content: current.content ?? null,
        },
        event,
        new Date(),
      ),
    );
    await this.publisher.templates(row.organisation, [row.id]);
    return { status: status ?? row.status, exists: true };
  }

  /** A template first known from a webhook: its name, category and components from WhatsApp. */
  private async refresh(row: Row): Promise<Row | undefined> {
    const access = await wabaAccess(this.database.sql(), this.clients, row.organisation, row.wabaId);
    if (!access || !row.platformTemplateId) return undefined;
    const info = await access.management.getTemplate(row.platformTemplateId);
    const values = {
      name: info.name,
      language: info.language,
      category: info.category.toUpperCase(),
      components: info.components,
      content: fromMetaComponents(info.category, info.components) as Record<string, unknown> | null,
      updatedAt: new Date(),
    };
    await this.database.sql().updateTable('MessageTemplate').set(values).where('id', '=', row.id).execute();
    return { ...row, ...values };
  }

  private async poll({ templateId }: TemplateActivityInput): Promise<RecordedTemplateEvent> {
    const row = await this.row(this.database.sql(), templateId);
    if (!row) return { status: 'DELETED', exists: false };
    if (!row.platformTemplateId) return { status: row.status, exists: true };
    const access = await this.access(row);
    const now = new Date();
    let info;
    try {
      info = await access.management.getTemplate(row.platformTemplateId);
    } catch (error) {
      if (error instanceof ConnectorSendError && !error.retryable && error.httpStatus === 400)
        info = { status: 'DELETED', category: row.category, rejectedReason: undefined };
      else throw error;
    }
    let status = row.status;
    if (info.category.toUpperCase() !== row.category) {
      await this.record(templateId, {
        eventKey: `poll:${templateId}:category:${info.category}:${now.toISOString()}`,
        kind: 'category',
        phase: 'changed',
        category: info.category.toUpperCase(),
        previousCategory: row.category,
        source: 'poll',
        occurredAt: now.toISOString(),
      });
    }
    if (info.status !== row.status) {
      status = (
        await this.record(templateId, {
          eventKey: `poll:${templateId}:${info.status}:${now.toISOString()}`,
          kind: 'status',
          status: info.status,
          reason: info.rejectedReason ?? null,
          source: 'poll',
          occurredAt: now.toISOString(),
        })
      ).status;
    } else {
      await this.database
        .sql()
        .updateTable('MessageTemplate')
        .set({ syncedAt: now })
        .where('id', '=', row.id)
        .execute();
    }
    return { status, exists: true };
  }

  private async unpause({ templateId, actorUserId }: TemplateActivityInput & { actorUserId: string | null }) {
    const row = await this.row(this.database.sql(), templateId);
    if (!row?.platformTemplateId)
      throw ApplicationFailure.nonRetryable('the template is not on WhatsApp', platformRefusedFailureType);
    const access = await this.access(row);
    try {
      await access.management.unpauseTemplate(row.platformTemplateId);
    } catch (error) {
      throw await this.refusal(this.database.sql(), row, error, false);
    }
    await addTimelineEntry(this.database.sql(), {
      organisationId: row.organisation,
      templateId: row.id,
      kind: 'unpause_requested',
      source: 'person',
      actorUserId,
      occurredAt: new Date(),
    });
    await this.publisher.templates(row.organisation, [row.id]);
  }

  private async delete({ templateId }: TemplateActivityInput): Promise<DeletedTemplate> {
    const sql = this.database.sql();
    const row = await this.row(sql, templateId);
    if (!row) return { nameHeldUntil: null };
    if (row.platformTemplateId) {
      const access = await wabaAccess(sql, this.clients, row.organisation, row.wabaId);
      if (access) {
        try {
          await access.management.deleteTemplate(row.wabaId, {
            name: row.name,
            templateId: row.platformTemplateId,
          });
        } catch (error) {
          // Already gone on WhatsApp is what deleting wants; anything else permanent is a refusal.
          if (!(error instanceof ConnectorSendError) || error.retryable || !/not found/i.test(error.message))
            throw await this.refusal(sql, row, error, false);
        }
      }
    }
    const everApproved =
      approvedOnce.has(row.status) ||
      row.approvedEdits.length > 0 ||
      (await sql
        .selectFrom('TemplateEvent')
        .select('id')
        .where('template', '=', row.id)
        .where('status', 'in', ['APPROVED', 'REINSTATED'])
        .executeTakeFirst()) !== undefined;
    const now = new Date();
    const heldUntil = everApproved ? new Date(now.getTime() + deletedNameHoldDays * dayMs) : null;
    await this.database.transaction(async (tx) => {
      if (heldUntil)
        await tx
          .insertInto('TemplateNameHold')
          .values({
            id: randomUUID(),
            organisation: row.organisation,
            wabaId: row.wabaId,
            name: row.name,
            language: row.language,
            heldUntil,
          })
          .onConflict((conflict) =>
            conflict.columns(['wabaId', 'name', 'language']).doUpdateSet({ heldUntil }),
          )
          .execute();
      await removeTemplateRow(tx, row.id);
    });
    this.publisher.templateDeleted(row.organisation, row.id);
    return { nameHeldUntil: heldUntil?.toISOString() ?? null };
  }
}

/** Deletes a template with its timeline. */
export async function removeTemplateRow(sql: Sql, templateId: string): Promise<void> {
  await sql.deleteFrom('TemplateEvent').where('template', '=', templateId).execute();
  await sql.deleteFrom('MessageTemplate').where('id', '=', templateId).execute();
}
