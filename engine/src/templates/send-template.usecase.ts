import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { OutboundMessage } from '@parley/connector-sdk';
import {
  isTemplatePlatformError,
  parameterIssues,
  placeholders,
  renderTemplate,
  renderedText,
  templatePlatformErrors,
  variablesOf,
  type Message,
  type SendTemplateInput,
  type TemplateContent,
  type TemplateMessageContent,
} from '@parley/contracts';
import type { Caller } from '../auth/caller.js';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { LibraryFiles, fileUrl } from '../files/library-files.service.js';
import { toMessageDtos } from '../inbox/inbox.dto.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { conversationTarget } from '../messaging/conversation-target.js';
import { OutboundSender } from '../messaging/outbound-sender.js';
import { parameterFormat } from './meta-components.js';
import { templateRows } from './template-rows.js';
import { templateRefusal } from './template-usability.js';
import { toTemplateDto } from './template.dto.js';
import { accountAccess } from './waba-access.js';

type TemplateMessage = Extract<OutboundMessage, { type: 'template' }>;

/** Sends an approved, enabled template into a conversation, with its variables filled in. */
@Injectable()
export class SendTemplateUseCase {
  constructor(
    private readonly database: Database,
    private readonly clients: ChannelClients,
    private readonly files: LibraryFiles,
    private readonly sender: OutboundSender,
  ) {}

  /** The conversation's WABA's templates, each with why it may not be used now. */
  async usable(caller: Caller, conversationId: string) {
    const sql = this.database.sql();
    const conversation = await conversationOf(sql, caller, conversationId);
    if (!conversation.wabaId) return [];
    const rows = await templateRows(sql, caller.organisationId)
      .where('MessageTemplate.wabaId', '=', conversation.wabaId)
      .orderBy('MessageTemplate.name')
      .execute();
    const now = new Date();
    return rows.map((row) => ({
      ...toTemplateDto(row, now),
      unusableReason: templateRefusal(refOf(row), conversation, now)?.code ?? null,
    }));
  }

  async send(
    caller: Caller,
    conversationId: string,
    input: SendTemplateInput,
    idempotencyKey?: string,
  ): Promise<Message> {
    const sql = this.database.sql();
    const conversation = await conversationOf(sql, caller, conversationId);
    if (!conversation.accountOn)
      throw new ApiError(
        409,
        'CHANNEL_ACCOUNT_OFF',
        'the conversation’s channel account is turned off or disconnected',
      );
    const row = await templateRows(sql, caller.organisationId)
      .where('MessageTemplate.id', '=', input.templateId)
      .executeTakeFirst();
    if (!row)
      throw new ApiError(404, 'NOT_FOUND', `templateId: template ${input.templateId} does not exist`, [
        { path: 'templateId', message: 'no such template' },
      ]);
    const now = new Date();
    const refusal = templateRefusal(refOf(row), conversation, now);
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
    const headerFile = headerFileId ? await this.files.get(caller.organisationId, headerFileId) : undefined;
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
    const result = await this.sender.send({
      conversationId,
      idempotencyKey: `template:${conversationId}:${idempotencyKey ?? randomUUID()}`,
      stored: { type: 'template', text: renderedText(rendered), content: stored },
      message: async () => {
        const access = accountAccess(this.clients, conversation.account);
        const mediaId =
          access && headerFile
            ? await this.files.mediaId(caller.organisationId, headerFile.id, access)
            : undefined;
        return templateMessage(row, content, values, mediaId);
      },
      failTransient: true,
    });
    if (result.outcome === 'account_off')
      throw new ApiError(
        409,
        'CHANNEL_ACCOUNT_OFF',
        'the conversation’s channel account is turned off or disconnected',
      );
    if (result.outcome === 'refused' && result.error.retryable)
      throw new ApiError(
        502,
        'PLATFORM_UNAVAILABLE',
        `WhatsApp did not answer; send it again (${result.error.message})`,
      );
    if (result.outcome === 'refused') {
      const code = result.error.platformCode;
      const words = isTemplatePlatformError(code) ? templatePlatformErrors[code] : result.error.message;
      throw new ApiError(422, 'PLATFORM_REFUSED', `${words} (WhatsApp ${code})`);
    }
    const message = await sql.selectFrom('Message').selectAll().where('id', '=', result.messageId).execute();
    return (await toMessageDtos(sql, message))[0]!;
  }
}

function refOf(row: {
  name: string;
  wabaId: string;
  status: string;
  category: string;
  enabled: boolean | number;
  content: unknown;
}) {
  return {
    name: row.name,
    wabaId: row.wabaId,
    status: row.status,
    category: row.category,
    enabled: Boolean(row.enabled),
    hasContent: row.content !== null,
  };
}

async function conversationOf(sql: Sql, caller: Caller, conversationId: string) {
  const row = await conversationTarget(sql, conversationId)
    .where('Conversation.organisation', '=', caller.organisationId)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
  return {
    wabaId: row.channel === 'whatsapp' ? (row.parentAccountId ?? null) : null,
    phone: row.platformId ?? null,
    userId: row.userId ?? null,
    accountOn: Boolean(row.enabled) && row.disconnectedAt === null,
    /** The number the message goes out from: its media ids are its own. */
    account: { id: row.id, platformAccountId: row.platformAccountId, credentials: row.credentials ?? null },
  };
}

/** The template send in the connector's shape: parameters in the template's order and format. */
function templateMessage(
  row: { name: string; language: string },
  content: TemplateContent,
  values: { header?: string | undefined; body: Record<string, string>; buttons: Record<string, string> },
  headerMediaId: string | undefined,
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
      : header && headerMediaId
        ? [{ type: header.format.toLowerCase() as 'image' | 'video' | 'document', mediaId: headerMediaId }]
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
