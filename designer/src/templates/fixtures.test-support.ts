import type { Template, TemplateContent, TemplateDetail, TemplateEvent } from '@parley/contracts';
import type { UsableTemplate } from './templates.api';

/** Builders for unit tests only. */

export const ACCOUNT_ID = '0a3c8a55-3f0e-4d6b-9b1e-7d1f3c9a2b10';
export const ORDERS_GROUP = { id: '44444444-4444-4444-8444-444444444444', name: 'Orders' };
export const NEWS_GROUP = { id: '55555555-5555-4555-8555-555555555555', name: 'News' };

export function templateContent(patch: Partial<TemplateContent> = {}): TemplateContent {
  return {
    category: 'UTILITY',
    header: null,
    body: 'Hello {{1}}, your order is ready.',
    examples: { '1': 'Aiko' },
    footer: '',
    buttons: [],
    authentication: null,
    allowCategoryChange: false,
    ...patch,
  };
}

let counter = 0;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function template(name: string, patch: Partial<Template> = {}): Template {
  counter += 1;
  return {
    id: uuid(counter),
    wabaId: '102290129340398',
    platformTemplateId: '1234567890',
    name,
    language: 'ja',
    status: 'APPROVED',
    statusReason: null,
    previousCategory: null,
    upcomingCategory: null,
    enabled: true,
    group: null,
    origin: 'parley',
    content: templateContent(),
    headerFile: null,
    edit: { allowed: true },
    syncedAt: '2025-03-01T10:00:00.000Z',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    createdBy: { id: '33333333-3333-4333-8333-333333333333', name: 'Aiko Tanaka' },
    ...patch,
  };
}

export function templateEvent(patch: Partial<TemplateEvent> = {}): TemplateEvent {
  counter += 1;
  return {
    id: uuid(counter),
    kind: 'status',
    status: 'APPROVED',
    reason: null,
    category: null,
    previousCategory: null,
    source: 'webhook',
    actor: null,
    detail: null,
    occurredAt: '2025-03-01T10:00:00.000Z',
    ...patch,
  };
}

export function templateDetail(base: Template, timeline: TemplateEvent[] = []): TemplateDetail {
  return { ...base, timeline };
}

/** A template as a conversation's list gives it: usable unless a reason is given. */
export function usableTemplate(
  name: string,
  patch: Partial<Template> = {},
  unusableReason: string | null = null,
): UsableTemplate {
  return { ...template(name, patch), unusableReason };
}
