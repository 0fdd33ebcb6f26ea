import { loadMetaSpec, type SpecIssue } from '../spec/meta-spec.js';

const messagesPath = '/{Version}/{Phone-Number-ID}/messages';
const maxTextLength = 4096;

export interface MessageSummary {
  to: string;
  type: string;
  text: string | null;
}

/** Checks a send body against Meta's spec (with the helper's leniencies) and the rules Meta enforces beyond it. */
export function checkMessageRequest(body: unknown): SpecIssue[] {
  const issues = loadMetaSpec().requestBody(messagesPath, 'post')(body);
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

/** The parts of a checked send body the sandbox records. */
export function summarizeMessageRequest(body: unknown): MessageSummary {
  const fields = body as { to: string; type?: string; text?: { body?: string } };
  const type = fields.type ?? 'text';
  return { to: fields.to, type, text: type === 'text' ? (fields.text?.body ?? null) : null };
}

/** The customer's wa_id for a `to`: its digits (Meta accepts "+1 650-555-1234" for 16505551234). */
export function waIdOf(to: string): string {
  const digits = to.replace(/\D/g, '');
  return digits.length > 0 ? digits : to;
}
