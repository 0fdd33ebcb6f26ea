import { Injectable } from '@nestjs/common';
import type { SlaBreach } from '@parley/contracts';
import { Database } from '../infrastructure/database/database.js';
import { templateRows } from '../templates/template-rows.js';
import { toTemplateDto } from '../templates/template.dto.js';
import { conversationRows } from './conversation-rows.js';
import { InboxEvents } from './inbox-events.service.js';
import { toConversationDto, toMessageDtos } from './inbox.dto.js';

/**
 * Reads what changed and publishes it to the organisation's live clients — the one place live
 * events are built. Does nothing (no reads) while nobody listens.
 */
@Injectable()
export class InboxPublisher {
  constructor(
    private readonly database: Database,
    private readonly events: InboxEvents,
  ) {}

  async conversations(organisationId: string, ids: Iterable<string>): Promise<void> {
    const list = [...new Set(ids)];
    if (!this.events.observedBy(organisationId) || list.length === 0) return;
    const rows = await conversationRows(this.database.sql(), organisationId)
      .where('Conversation.id', 'in', list)
      .execute();
    for (const row of rows) this.events.conversation(organisationId, toConversationDto(row));
  }

  async messages(organisationId: string, ids: Iterable<string>): Promise<void> {
    const list = [...new Set(ids)];
    if (!this.events.observedBy(organisationId) || list.length === 0) return;
    await this.publishMessages(organisationId, { ids: list });
  }

  /** Messages of one channel account by the platform's ids (status reports name them so). */
  async messagesByPlatformIds(
    organisationId: string,
    accountId: string,
    platformIds: Iterable<string>,
  ): Promise<void> {
    const list = [...new Set(platformIds)];
    if (!this.events.observedBy(organisationId) || list.length === 0) return;
    await this.publishMessages(organisationId, { accountId, platformIds: list });
  }

  async templates(organisationId: string, ids: Iterable<string>): Promise<void> {
    const list = [...new Set(ids)];
    if (!this.events.observedBy(organisationId) || list.length === 0) return;
    const rows = await templateRows(this.database.sql(), organisationId)
      .where('MessageTemplate.id', 'in', list)
      .execute();
    for (const row of rows) this.events.template(organisationId, toTemplateDto(row));
  }

  slaBreached(organisationId: string, breach: SlaBreach): void {
    this.events.slaBreached(organisationId, breach);
  }

  templateDeleted(organisationId: string, templateId: string): void {
    this.events.templateDeleted(organisationId, templateId);
  }

  private async publishMessages(
    organisationId: string,
    which: { ids: string[] } | { accountId: string; platformIds: string[] },
  ): Promise<void> {
    const sql = this.database.sql();
    const select = sql.selectFrom('Message').selectAll().where('organisation', '=', organisationId);
    const rows = await (
      'ids' in which
        ? select.where('id', 'in', which.ids)
        : select
            .where('channelAccount', '=', which.accountId)
            .where('platformMessageId', 'in', which.platformIds)
    ).execute();
    for (const message of await toMessageDtos(sql, rows)) this.events.message(organisationId, message);
  }
}
