import { parameterIssues, type AutomaticReplies } from '@parley/contracts';
import type { Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { findTemplate } from '../../templates/template-rows.js';
import { templateRefusal, usabilityOf } from '../../templates/template-usability.js';
import { toTemplateDto } from '../../templates/template.dto.js';
import { channels, channelIdOf } from '../connectors.js';

type FallbackTemplate = NonNullable<AutomaticReplies['fallbackTemplate']>;
interface AccountRef {
  channel: string;
  parentAccountId: string | null;
}

const wabaOf = (account: AccountRef) => (account.channel === 'whatsapp' ? account.parentAccountId : null);

function invalid(path: string, message: string): never {
  throw new ApiError(400, 'INVALID_INPUT', `Invalid body: ${path}: ${message}`, [{ path, message }]);
}

/**
 * Why the account's fallback template cannot be sent now (a `templateRefusal` code, or
 * TEMPLATE_NOT_FOUND once deleted); null when it can, or none is chosen. The conversation is a
 * neutral one of the account: per-contact rules (US marketing) are checked when sending.
 */
export async function fallbackTemplateProblem(
  sql: Sql,
  organisationId: string,
  account: AccountRef,
  fallback: FallbackTemplate | null,
  now: Date,
): Promise<string | null> {
  if (!fallback) return null;
  const row = await findTemplate(sql, organisationId, fallback.templateId);
  if (!row) return 'TEMPLATE_NOT_FOUND';
  const conversation = { wabaId: wabaOf(account), phone: null, userId: null };
  return templateRefusal(usabilityOf(row), conversation, now)?.code ?? null;
}

/**
 * Refuses (400, naming the field) a fallback template the account cannot send: none on its
 * channel, not of the organisation, of another WABA, or with variables left empty.
 */
export async function checkFallbackTemplate(
  sql: Sql,
  organisationId: string,
  account: AccountRef,
  fallback: FallbackTemplate,
  now: Date,
): Promise<void> {
  const channel = channelIdOf(account.channel);
  if (channels[channel].connector.manifest.capabilities.templates === null)
    invalid('fallbackTemplate', `${channel === 'telegram' ? 'Telegram' : channel} has no templates`);
  const row = await findTemplate(sql, organisationId, fallback.templateId);
  if (!row) invalid('fallbackTemplate.templateId', `template ${fallback.templateId} does not exist`);
  if (row.wabaId !== wabaOf(account))
    invalid(
      'fallbackTemplate.templateId',
      `${row.name} belongs to another WhatsApp Business Account than this number`,
    );
  const content = toTemplateDto(row, now).content;
  if (!content)
    invalid(
      'fallbackTemplate.templateId',
      `${row.name} uses parts Parley cannot fill in (it was created outside Parley)`,
    );
  const issues = parameterIssues(content, fallback.parameters).map((issue) => ({
    path: `fallbackTemplate.${issue.path}`,
    message: issue.message,
  }));
  if (content.header && content.header.format !== 'TEXT' && !row.headerFile)
    issues.push({
      path: 'fallbackTemplate.templateId',
      message: `${row.name} has no header file; choose one in Templates`,
    });
  if (issues.length > 0)
    throw new ApiError(
      400,
      'INVALID_INPUT',
      `Invalid body: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      issues,
    );
}
