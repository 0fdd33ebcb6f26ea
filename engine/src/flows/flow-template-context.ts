import {
  sendableTemplateStatuses,
  type TemplateContent,
  type TemplateStatus,
  variablesOf,
} from '@parley/contracts';
import type { FlowValidationContext } from '@parley/workflows/flows';

type TemplateEntry = FlowValidationContext['templates'][number];

/** A stored template row, as far as a flow's `send_template` node cares. */
export interface TemplateRow {
  name: string;
  language: string;
  status: string;
  enabled: boolean | number;
  content: unknown;
  components: unknown[];
}

/**
 * A template as the validator sees it: usable when approved (or flagged), turned on in Parley and
 * made with Parley (so its parts can be filled in), with the parameters its body and text header
 * take.
 */
export function templateEntry(row: TemplateRow): TemplateEntry {
  const content = row.content as TemplateContent | null;
  const approved = sendableTemplateStatuses.includes(row.status as TemplateStatus);
  const status = !approved
    ? row.status.toLowerCase()
    : !row.enabled
      ? 'disabled'
      : content === null
        ? 'not supported'
        : row.status.toLowerCase();
  const texts = content
    ? { body: content.body, header: content.header?.format === 'TEXT' ? content.header.text : undefined }
    : componentTexts(row.components);
  return {
    name: row.name,
    language: row.language,
    usable: approved && Boolean(row.enabled) && content !== null,
    status,
    bodyParameters: variablesOf(texts.body).length,
    headerParameters: variablesOf(texts.header).length,
  };
}

/** The body and text header of a template Parley imported (Meta's components). */
function componentTexts(components: unknown[]): { body?: string; header?: string } {
  const text = (type: string) => {
    const component = components.find(
      (item): item is { type: string; text?: unknown; format?: unknown } =>
        typeof item === 'object' && item !== null && (item as { type?: unknown }).type === type,
    );
    if (!component || (type === 'HEADER' && component.format !== 'TEXT')) return undefined;
    return typeof component.text === 'string' ? component.text : undefined;
  };
  return { body: text('BODY'), header: text('HEADER') };
}
