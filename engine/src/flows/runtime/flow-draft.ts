import { Injectable } from '@nestjs/common';
import { variablesOf } from '@parley/contracts';
import type { FlowOutbound } from '@parley/workflows/flows';
import type { OutboundDraft } from '@parley/workflows';
import { LibraryFiles } from '../../files/library-files.service.js';
import { Database } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { composedDraft, interactiveDraft } from '../../messaging/compose/composed-draft.js';
import { TemplateDrafts } from '../../templates/template-drafts.js';
import { templateRows } from '../../templates/template-rows.js';
import { toTemplateDto } from '../../templates/template.dto.js';

/**
 * A flow's message as a draft of the conversation: the same drafts agents' messages make (so held
 * messages, statuses and the inbox treat them alike). Buttons and rows keep the flow's ids, which
 * come back with a tap. A template is found by name and language in the conversation's account
 * and checked as an agent's would be (approved, enabled, this contact may get it).
 */
@Injectable()
export class FlowDrafts {
  constructor(
    private readonly database: Database,
    private readonly files: LibraryFiles,
    private readonly templates: TemplateDrafts,
  ) {}

  async draft(organisationId: string, conversationId: string, message: FlowOutbound): Promise<OutboundDraft> {
    switch (message.type) {
      case 'text':
        return composedDraft({ type: 'text', text: message.text });
      case 'media':
        return this.media(organisationId, message);
      case 'reply_buttons':
        return interactiveDraft({ ...message, type: 'reply_buttons' });
      case 'list': {
        const { sectionTitle, rows, ...frame } = message;
        return interactiveDraft({
          ...frame,
          sections: [{ ...(sectionTitle ? { title: sectionTitle } : {}), rows }],
        });
      }
      case 'cta_url':
        return interactiveDraft(message);
      case 'template':
        return this.template(organisationId, conversationId, message);
    }
  }

  private async media(organisationId: string, message: Extract<FlowOutbound, { type: 'media' }>) {
    const caption = message.caption ? { caption: message.caption } : {};
    if (message.fileId) {
      const file = await this.files.get(organisationId, message.fileId);
      return composedDraft({ type: 'media', fileId: file.id, ...caption }, file);
    }
    const kind = message.media;
    const outbound = { type: kind, link: message.link ?? '', ...caption };
    return {
      stored: { type: kind, text: message.caption ?? null, content: { ...outbound } },
      message: outbound,
    };
  }

  private async template(
    organisationId: string,
    conversationId: string,
    message: Extract<FlowOutbound, { type: 'template' }>,
  ): Promise<OutboundDraft> {
    const sql = this.database.sql();
    const account = await sql
      .selectFrom('Conversation')
      .innerJoin('ChannelAccount', 'ChannelAccount.id', 'Conversation.channelAccount')
      .select('ChannelAccount.parentAccountId')
      .where('Conversation.id', '=', conversationId)
      .executeTakeFirstOrThrow();
    const row = await templateRows(sql, organisationId)
      .where('MessageTemplate.wabaId', '=', account.parentAccountId ?? '')
      .where('MessageTemplate.name', '=', message.name)
      .where('MessageTemplate.language', '=', message.language)
      .executeTakeFirst();
    if (!row)
      throw new ApiError(
        409,
        'TEMPLATE_MISSING',
        `template ${message.name} (${message.language}) does not exist on this account`,
      );
    const content = toTemplateDto(row, new Date()).content;
    const body = Object.fromEntries(
      variablesOf(content?.body).map((name, index) => [name, message.bodyParameters[index] ?? '']),
    );
    const headerText = content?.header?.format === 'TEXT' ? content.header.text : undefined;
    const [headerName] = variablesOf(headerText);
    return this.templates.draft(organisationId, conversationId, {
      templateId: row.id,
      parameters: {
        body,
        buttons: {},
        ...(headerName ? { header: message.headerParameters[0] ?? '' } : {}),
      },
    });
  }
}
