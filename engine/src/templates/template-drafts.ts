import { Injectable } from '@nestjs/common';
import type { OutboundMessage } from '@parley/connector-sdk';
import type { OutboundDraft } from '@parley/workflows';
import {
  parameterIssues,
  placeholders,
  renderTemplate,
  renderedText,
  variablesOf,
  type SendTemplateInput,
  type TemplateContent,
  type TemplateMessageContent,
} from '@parley/contracts';
import { LibraryFiles, fileUrl } from '../files/library-files.service.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { conversationTarget } from '../messaging/conversation-target.js';
import { parameterFormat } from './meta-components.js';
import { templateRows } from './template-rows.js';
import { templateRefusal, usabilityOf } from './template-usability.js';
import { toTemplateDto } from './template.dto.js';

type TemplateMessage = Extract<OutboundMessage, { type: 'template' }>;

/** Templates as messages of a conversation: which may be sent to its contact, and the message to send. */
@Injectable()
export class TemplateDrafts {
  constructor(
    private readonly database: Database,
    private readonly files: LibraryFiles,
  ) {}

  /** The conversation's WABA's templates, each with why it may not be used now. */
  async usable(organisationId: string, conversationId: string) {
    const sql = this.database.sql();
    const conversation = await conversationOf(sql, organisationId, conversationId);
    if (!conversation.wabaId) return [];
    const rows = await templateRows(sql, organisationId)
      .where('MessageTemplate.wabaId', '=', conversation.wabaId)
      .orderBy('MessageTemplate.name')
      .execute();
    const now = new Date();
    return rows.map((row) => ({
      ...toTemplateDto(row, now),
      unusableReason: templateRefusal(usabilityOf(row), conversation, now)?.code ?? null,
    }));
  }

  /**
   * The template as a message ready to send into this conversation, with its variables filled
   * in; refuses (4xx, naming the field) a template this contact may not get, or missing values.
   */
  async draft(
    organisationId: string,
    conversationId: string,
    input: SendTemplateInput,
  ): Promise<OutboundDraft> {
    const sql = this.database.sql();
    const conversation = await conversationOf(sql, organisationId, conversationId);
    const row = await templateRows(sql, organisationId)
      .where('MessageTemplate.id', '=', input.templateId)
      .executeTakeFirst();
    if (!row)
      throw new ApiError(404, 'NOT_FOUND', `templateId: template ${input.templateId} does not exist`, [
        { path: 'templateId', message: 'no such template' },
      ]);
    const now = new Date();
    const refusal = templateRefusal(usabilityOf(row), conversation, now);
    if (refusal) throw new ApiError(409, refusal.code, refusal.message);
    const content = toTemplateDto(row, now).content!;
    const values = {
      header: input.parameters.header,
      body: input.parameters.body,
      buttons: input.parameters.buttons,
    };
    const issues = parameterIssues(content, values);
    const headerFileId = input.parameters.headerFileId ?? row.headerFile ?? null;
    if (content.header && content.header.format !== 'TEXT' && !headerFileId)
      issues.push({ path: 'parameters.headerFileId', message: 'choose the file to show in the header' });
    if (issues.length > 0)
      throw new ApiError(
        400,
        'INVALID_INPUT',
        `Invalid parameters: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
        issues,
      );
    const headerFile = headerFileId ? await this.files.get(organisationId, headerFileId) : undefined;
    if (
      headerFile &&
      content.header &&
      content.header.format !== 'TEXT' &&
      headerFile.format !== content.header.format
    )
      throw new ApiError(
        400,
        'INVALID_INPUT',
        `parameters.headerFileId: the template's header is a ${content.header.format.toLowerCase()}`,
        [
          {
            path: 'parameters.headerFileId',
            message: `the header is a ${content.header.format.toLowerCase()}`,
          },
        ],
      );
    const rendered = renderTemplate(content, row.language, values);
    const stored: TemplateMessageContent = {
      type: 'template',
      templateId: row.id,
      name: row.name,
      language: row.language,
      category: content.category,
      header:
        rendered.header === null
          ? null
          : rendered.header.format === 'TEXT'
            ? { format: 'TEXT', text: rendered.header.text }
            : {
                format: rendered.header.format,
                url: headerFile ? fileUrl(headerFile.id) : null,
                filename: headerFile?.filename ?? null,
              },
      body: rendered.body,
      footer: rendered.footer,
      buttons: rendered.buttons,
    };
    return {
      stored: { type: 'template', text: renderedText(rendered), content: stored },
      message: templateMessage(row, content, values, headerFile !== undefined),
      fileId: headerFile?.id ?? null,
    };
  }
}

async function conversationOf(sql: Sql, organisationId: string, conversationId: string) {
  const row = await conversationTarget(sql, conversationId)
    .where('Conversation.organisation', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
  return {
    wabaId: row.channel === 'whatsapp' ? (row.parentAccountId ?? null) : null,
    phone: row.platformId ?? null,
    userId: row.userId ?? null,
  };
}

/** The template send in the connector's shape: parameters in the template's order and format. */
function templateMessage(
  row: { name: string; language: string },
  content: TemplateContent,
  values: { header?: string | undefined; body: Record<string, string>; buttons: Record<string, string> },
  /** The header file is uploaded and its media id filled in when sending (`withMediaId`). */
  mediaHeader: boolean,
): TemplateMessage {
  const named = parameterFormat(content) === 'NAMED';
  const text = (name: string, value: string) => ({
    type: 'text' as const,
    text: value,
    ...(named ? { name } : {}),
  });
  if (content.category === 'AUTHENTICATION') {
    const code = values.body['1'] ?? '';
    return {
      type: 'template',
      name: row.name,
      language: row.language,
      body: [{ type: 'text', text: code }],
      buttons: [{ subType: 'url', index: 0, parameters: [{ type: 'text', text: code }] }],
    };
  }
  const header = content.header;
  const headerName = header?.format === 'TEXT' ? placeholders(header.text)[0] : undefined;
  const headerParameters =
    header?.format === 'TEXT'
      ? headerName === undefined
        ? []
        : [text(headerName, values.header ?? '')]
      : header && mediaHeader
        ? [{ type: header.format.toLowerCase() as 'image' | 'video' | 'document' }]
        : [];
  const buttons: NonNullable<TemplateMessage['buttons']> = [];
  content.buttons.forEach((button, index) => {
    if (button.type === 'URL' && placeholders(button.url).length > 0)
      buttons.push({
        subType: 'url',
        index,
        parameters: [{ type: 'text', text: values.buttons[index] ?? '' }],
      });
    if (button.type === 'COPY_CODE')
      buttons.push({
        subType: 'copy_code',
        index,
        parameters: [{ type: 'text', text: values.buttons[index] ?? '' }],
      });
  });
  return {
    type: 'template',
    name: row.name,
    language: row.language,
    ...(headerParameters.length ? { header: headerParameters } : {}),
    body: variablesOf(content.body).map((name) => text(name, values.body[name] ?? '')),
    ...(buttons.length ? { buttons } : {}),
  };
}
