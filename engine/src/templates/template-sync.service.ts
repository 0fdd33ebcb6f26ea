import { Inject, Injectable } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import type { TemplateSyncResult } from '@parley/contracts';
import type { Logger } from 'pino';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { Database } from '../infrastructure/database/database.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { watchedTemplateStatuses } from '@parley/workflows';
import { importTemplate } from './template-import.js';
import { TemplateWorkflows } from './template-workflows.service.js';
import { wabaAccess } from './waba-access.js';

const HOUR_MS = 60 * 60 * 1000;
/** A template still SUBMITTING this long after its last change lost its submission (Temporal was away). */
const staleSubmissionMs = 2 * 60 * 1000;

/**
 * Reconciles Parley's templates with WhatsApp's, every hour and on demand: templates created
 * outside Parley are imported, status and category differences go to each template's workflow
 * (which records them), templates gone from WhatsApp are marked deleted, and submissions that
 * never reached WhatsApp are submitted again.
 */
@Injectable()
export class TemplateSync {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly database: Database,
    private readonly clients: ChannelClients,
    private readonly workflows: TemplateWorkflows,
    private readonly publisher: InboxPublisher,
  ) {}

  @Interval('template-sync', HOUR_MS)
  async hourly(): Promise<void> {
    const organisations = await this.database
      .sql()
      .selectFrom('ChannelAccount')
      .select('organisation')
      .distinct()
      .where('channel', '=', 'whatsapp')
      .where('disconnectedAt', 'is', null)
      .execute();
    for (const { organisation } of organisations) {
      const result = await this.syncOrganisation(organisation).catch((error: unknown) => {
        this.logger.warn({ err: error, organisationId: organisation }, 'template sync failed');
        return undefined;
      });
      if (result && (result.imported || result.updated || result.failed.length))
        this.logger.info({ organisationId: organisation, ...result }, 'templates synced');
    }
  }

  /** Every WABA of the organisation (or the one given). */
  async syncOrganisation(organisationId: string, onlyWabaId?: string): Promise<TemplateSyncResult> {
    const sql = this.database.sql();
    let query = sql
      .selectFrom('ChannelAccount')
      .select('parentAccountId')
      .distinct()
      .where('organisation', '=', organisationId)
      .where('channel', '=', 'whatsapp')
      .where('disconnectedAt', 'is', null)
      .where('parentAccountId', 'is not', null);
    if (onlyWabaId) query = query.where('parentAccountId', '=', onlyWabaId);
    const wabas = (await query.execute()).map((row) => row.parentAccountId!);
    const result: TemplateSyncResult = { accounts: wabas.length, imported: 0, updated: 0, failed: [] };
    for (const wabaId of wabas) {
      try {
        const counts = await this.syncWaba(organisationId, wabaId);
        result.imported += counts.imported;
        result.updated += counts.updated;
      } catch (error) {
        result.failed.push({ wabaId, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return result;
  }

  private async syncWaba(organisationId: string, wabaId: string) {
    const sql = this.database.sql();
    const access = await wabaAccess(sql, this.clients, organisationId, wabaId);
    if (!access) return { imported: 0, updated: 0 };
    const remote = await access.management.listAllTemplates(wabaId);
    const local = await sql
      .selectFrom('MessageTemplate')
      .select(['id', 'platformTemplateId', 'name', 'language', 'status', 'category', 'updatedAt'])
      .where('organisation', '=', organisationId)
      .where('wabaId', '=', wabaId)
      .execute();
    const byPlatformId = new Map(local.map((row) => [row.platformTemplateId, row]));
    const now = new Date();
    let imported = 0;
    let updated = 0;
    for (const template of remote) {
      const row = byPlatformId.get(template.id);
      const unanswered = local.find(
        (other) =>
          !other.platformTemplateId && other.name === template.name && other.language === template.language,
      );
      if (!row && unanswered) {
        // Parley's own submission reached WhatsApp but its answer was never recorded: adopt it.
        await this.database
          .sql()
          .updateTable('MessageTemplate')
          .set({
            platformTemplateId: template.id,
            components: template.components,
            syncedAt: now,
            updatedAt: now,
          })
          .where('id', '=', unanswered.id)
          .execute();
        await this.workflows.signal(
          { id: unanswered.id, wabaId, status: unanswered.status },
          {
            eventKey: `sync:${template.id}:adopted:${template.status}`,
            kind: 'status',
            status: template.status,
            reason: template.rejectedReason ?? null,
            source: 'sync',
            occurredAt: now.toISOString(),
          },
        );
        unanswered.platformTemplateId = template.id;
        updated += 1;
        continue;
      }
      if (!row) {
        const id = await this.database.transaction((tx) =>
          importTemplate(tx, organisationId, wabaId, template, now),
        );
        if (id) {
          await this.publisher.templates(organisationId, [id]);
          if (watchedTemplateStatuses.includes(template.status))
            await this.workflows.watch({ id, wabaId, status: template.status });
          imported += 1;
        }
        continue;
      }
      const ref = { id: row.id, wabaId, status: row.status };
      const stamp = now.toISOString();
      if (template.category.toUpperCase() !== row.category) {
        await this.workflows.signal(ref, {
          eventKey: `sync:${template.id}:category:${template.category}:${stamp}`,
          kind: 'category',
          phase: 'changed',
          category: template.category.toUpperCase(),
          previousCategory: row.category,
          source: 'sync',
          occurredAt: stamp,
        });
        updated += 1;
      }
      if (
        template.status !== row.status &&
        !(template.status === 'APPROVED' && row.status === 'REINSTATED')
      ) {
        await this.workflows.signal(ref, {
          eventKey: `sync:${template.id}:${template.status}:${stamp}`,
          kind: 'status',
          status: template.status,
          reason: template.rejectedReason ?? null,
          source: 'sync',
          occurredAt: stamp,
        });
        updated += 1;
      }
    }
    const remoteIds = new Set(remote.map((template) => template.id));
    for (const row of local) {
      if (row.platformTemplateId && !remoteIds.has(row.platformTemplateId) && row.status !== 'DELETED') {
        await this.workflows.signal(
          { id: row.id, wabaId, status: row.status },
          {
            eventKey: `sync:${row.platformTemplateId}:DELETED`,
            kind: 'status',
            status: 'DELETED',
            source: 'sync',
            occurredAt: now.toISOString(),
          },
        );
        updated += 1;
      }
      if (!row.platformTemplateId && now.getTime() - new Date(row.updatedAt).getTime() > staleSubmissionMs)
        void this.workflows
          .submit({ id: row.id, wabaId, status: row.status })
          .catch((error: unknown) =>
            this.logger.warn({ err: error, templateId: row.id }, 'template submission retry failed'),
          );
    }
    return { imported, updated };
  }
}
