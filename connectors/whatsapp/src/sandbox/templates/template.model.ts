import type { TemplateCategory } from '../pricing.js';

export const templateCategories = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const;
export type { TemplateCategory };

export type TemplateStatus =
  | 'PENDING'
  | 'APPROVED'
  | 'REJECTED'
  | 'PAUSED'
  | 'DISABLED'
  | 'FLAGGED'
  | 'IN_APPEAL'
  | 'ARCHIVED'
  | 'PENDING_DELETION'
  | 'LIMIT_EXCEEDED';

export interface NamedExample {
  param_name: string;
  example: string;
}

export interface TemplateExample {
  header_text?: string[];
  header_text_named_params?: NamedExample[];
  body_text?: string[][];
  body_text_named_params?: NamedExample[];
  header_handle?: string[];
}

export interface TemplateButton {
  type: string;
  text?: string;
  url?: string;
  phone_number?: string;
  example?: string[] | string;
  otp_type?: string;
  [key: string]: unknown;
}

export interface TemplateComponent {
  type: 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS';
  format?: string;
  text?: string;
  example?: TemplateExample;
  buttons?: TemplateButton[];
  add_security_recommendation?: boolean;
  code_expiration_minutes?: number;
}

/** A template as created or edited, before review. */
export interface TemplateDraft {
  name: string;
  language: string;
  category: TemplateCategory;
  allowCategoryChange: boolean;
  parameterFormat: 'POSITIONAL' | 'NAMED';
  components: TemplateComponent[];
}

export interface TemplateRecord extends TemplateDraft {
  id: string;
  wabaId: string;
  status: TemplateStatus;
  /** Set when Meta changed the category (`allow_category_change`). */
  previousCategory?: TemplateCategory;
  rejectedReason: string;
  /** Bumped by every change a pending review must not overwrite. */
  revision: number;
  /** Sandbox-clock times (ms) of edits made while APPROVED (once per 24 h, 10 per 30 days). */
  approvedEdits: number[];
  /** Whether the template was ever approved (its name is then kept 30 days after deletion). */
  everApproved: boolean;
}

/** Statuses a template can be sent in (a FLAGGED template still sends while its quality is watched). */
export function isSendable(status: TemplateStatus): boolean {
  return status === 'APPROVED' || status === 'FLAGGED';
}

export function component(
  record: Pick<TemplateDraft, 'components'>,
  type: TemplateComponent['type'],
): TemplateComponent | undefined {
  return record.components.find((candidate) => candidate.type === type);
}

/** The template as the Graph API returns it. */
export function templateView(record: TemplateRecord) {
  return {
    id: record.id,
    name: record.name,
    language: record.language,
    status: record.status,
    category: record.category,
    ...(record.previousCategory ? { previous_category: record.previousCategory } : {}),
    parameter_format: record.parameterFormat,
    components: record.components,
    ...(record.status === 'REJECTED' ? { rejected_reason: record.rejectedReason } : {}),
  };
}
