import type { FastifyInstance } from 'fastify';
import { loadMetaSpec, type SpecIssue } from '../../spec/meta-spec.js';
import { offSpecAnswer } from './off-spec-operations.js';
import { operationOf } from './spec-operation.js';
import { specResponses } from './spec-responses.js';
import { webhookContractSchema } from './webhook-contract.schema.js';

/** Something the sandbox emitted that breaks Meta's spec or the webhook contract. */
export interface ContractViolation {
  kind: 'response' | 'webhook';
  /** `POST /v23.0/…` for responses, the change's field for webhooks. */
  where: string;
  status?: number;
  issues: SpecIssue[];
  body: unknown;
}
export type ContractReporter = (violation: ContractViolation) => void;

/** Issues of a webhook payload: our contract, plus the spec's own `StatusMessageValue` for statuses. */
export function webhookIssues(payload: unknown): SpecIssue[] {
  const parsed = webhookContractSchema.safeParse(payload);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
  const validateStatuses = loadMetaSpec().component('StatusMessageValue');
  return parsed.data.entry.flatMap((entry) =>
    entry.changes.flatMap((change) =>
      change.field === 'messages' && change.value.statuses ? validateStatuses(change.value) : [],
    ),
  );
}

/** Checks every Graph API response (Meta's spec) and webhook (the contract) the sandbox emits. */
export function installContractCheck(
  app: FastifyInstance,
  report: ContractReporter,
): (payload: unknown) => void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/sandbox/') || typeof payload !== 'string') return payload;
    const where = `${request.method} ${request.url.split('?')[0] ?? ''}`;
    const status = reply.statusCode;
    let body: unknown;
    try {
      body = JSON.parse(payload) as unknown;
    } catch {
      report({
        kind: 'response',
        where,
        status,
        issues: [{ path: '', message: 'is not JSON' }],
        body: payload,
      });
      return payload;
    }
    const operation = operationOf(request);
    const documented = offSpecAnswer(operation);
    let issues: SpecIssue[];
    if (documented && status < 400) {
      const parsed = documented.safeParse(body);
      issues = parsed.success
        ? []
        : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    } else if (operation === undefined && status < 400) {
      issues = [{ path: '', message: 'answered by an operation not mapped to the spec' }];
    } else {
      const validate =
        specResponses().validator(operation ?? '', request.method, status) ??
        loadMetaSpec().component('GraphAPIError');
      issues = validate(body);
    }
    if (issues.length > 0) report({ kind: 'response', where, status, issues, body });
    return payload;
  });
  return (payload) => {
    const issues = webhookIssues(payload);
    if (issues.length > 0) report({ kind: 'webhook', where: 'webhook', issues, body: payload });
  };
}
