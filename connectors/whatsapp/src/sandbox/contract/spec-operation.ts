import type { FastifyRequest } from 'fastify';

const operations = new WeakMap<FastifyRequest, string>();

/**
 * Notes which operation of Meta's spec (its path, e.g. `/{Version}/{WABA-ID}/message_templates`)
 * a Graph request is answered as, so the contract check can validate the response against it.
 */
export function markOperation(request: FastifyRequest, specPath: string): void {
  operations.set(request, specPath);
}

export function operationOf(request: FastifyRequest): string | undefined {
  return operations.get(request);
}
