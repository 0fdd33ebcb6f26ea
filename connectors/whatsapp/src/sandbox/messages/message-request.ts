import { loadMetaSpec, type SpecIssue } from '../../spec/meta-spec.js';
import {
  checkInteractiveMissingFromSpec,
  interactiveRuleViolation,
  specPlaceholderInteractive,
  typesMissingFromSpec,
} from './interactive-rules.js';

export const messagesPath = '/{Version}/{Phone-Number-ID}/messages';
const maxTextLength = 4096;

/** The fields of a send body the sandbox reads (after the spec check). */
export interface SendBody {
  messaging_product: string;
  /** The customer's phone number; the spec check makes sure it or `recipient` is given. */
  to?: string;
  /** The customer's BSUID, used when `to` is absent. */
  recipient?: string;
  type?: string;
  context?: { message_id?: string };
  [type: string]: unknown;
}

/** `{messaging_product, status: 'read', message_id, typing_indicator?}`: marks an inbound message read (optionally with a typing indicator). */
export function isStatusUpdate(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'status' in body && !('type' in body);
}

export function checkStatusUpdate(body: unknown): SpecIssue[] {
  const issues = loadMetaSpec().component('MarkMessageRequestPayload')(body);
  const fields = body as { messaging_product?: unknown; status?: unknown };
  if (issues.length === 0 && fields.messaging_product !== 'whatsapp')
    issues.push({ path: 'messaging_product', message: 'must be whatsapp' });
  if (issues.length === 0 && fields.status !== 'read')
    issues.push({ path: 'status', message: 'must be read' });
  // Not in Meta's spec; Meta's guide knows one type of typing indicator.
  const typing = (body as { typing_indicator?: unknown }).typing_indicator;
  if (issues.length === 0 && typing !== undefined && (typing as { type?: unknown } | null)?.type !== 'text')
    issues.push({ path: 'typing_indicator.type', message: 'must be text' });
  return issues;
}

/** Checks a send body against Meta's spec (with the helper's leniencies) and the rules Meta enforces beyond it. */
export function checkMessageRequest(body: unknown): SpecIssue[] {
  const interactive = (body as { interactive?: { type?: unknown } } | null)?.interactive;
  const missingFromSpec =
    (body as { type?: unknown } | null)?.type === 'interactive' &&
    typesMissingFromSpec.includes(String(interactive?.type));
  const specBody = missingFromSpec ? { ...(body as object), interactive: specPlaceholderInteractive } : body;
  const issues = loadMetaSpec().requestBody(messagesPath, 'post')(specBody);
  if (missingFromSpec) issues.push(...checkInteractiveMissingFromSpec(interactive));
  if (issues.length > 0 || typeof body !== 'object' || body === null) return issues;
  const fields = body as { messaging_product?: unknown; type?: unknown; text?: { body?: unknown } };
  if (fields.messaging_product !== 'whatsapp')
    issues.push({ path: 'messaging_product', message: 'must be whatsapp' });
  if ((fields.type ?? 'text') === 'text') {
    const text = fields.text?.body;
    if (typeof text !== 'string' || text.length === 0)
      issues.push({ path: 'text.body', message: 'is required' });
    else if (text.length > maxTextLength)
      issues.push({ path: 'text.body', message: `must be at most ${maxTextLength} characters` });
  }
  return issues;
}

/** A rule beyond the spec that Meta answers with 131009 (e.g. duplicate button ids). */
export function ruleViolation(body: SendBody): string | undefined {
  if (body.type !== 'interactive') return undefined;
  return interactiveRuleViolation(body.interactive as Parameters<typeof interactiveRuleViolation>[0]);
}

/** The customer's wa_id for a `to`: its digits (Meta accepts "+1 650-555-1234" for 16505551234). */
export function waIdOf(to: string): string {
  const digits = to.replace(/\D/g, '');
  return digits.length > 0 ? digits : to;
}

/** The object for the body's type (`text`, `image`, `template`, …). */
export function contentOf(body: SendBody): unknown {
  return body[body.type ?? 'text'];
}
