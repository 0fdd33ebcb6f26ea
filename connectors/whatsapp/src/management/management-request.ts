import { ConnectorSendError } from '@parley/connector-sdk';
import { z } from 'zod';
import { graphCall, type GraphCall, type GraphCallOptions, type GraphEndpoint } from '../graph-request.js';

/** What a management call needs: the endpoint (with or without a token) and the transport. */
export interface ManagementContext {
  endpoint: GraphEndpoint;
  options: GraphCallOptions;
}

export const successSchema = z.object({ success: z.boolean() });

/** Cursor paging as the Graph API returns it; a next page exists only when `next` is present. */
export const pagingSchema = z
  .object({
    cursors: z.object({ after: z.string().optional(), before: z.string().optional() }).optional(),
    next: z.string().optional(),
  })
  .optional();

export function nextCursor(paging: z.infer<typeof pagingSchema>): { nextCursor?: string } {
  const after = paging?.cursors?.after;
  return paging?.next !== undefined && after !== undefined ? { nextCursor: after } : {};
}

/** A call that needs the access token; without one it fails before any request. */
export async function authorizedCall<T>(
  context: ManagementContext,
  call: GraphCall,
  schema: z.ZodType<T>,
): Promise<T> {
  if (!context.endpoint.accessToken) {
    throw new ConnectorSendError(
      'This WhatsApp management client has no access token',
      'no_access_token',
      false,
    );
  }
  return graphCall(context.endpoint, call, schema, context.options);
}

/** Parses caller input; a mistake is a permanent `invalid_request` naming the fields, sent nowhere. */
export function validInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`)
    .join('; ');
  throw new ConnectorSendError(`Invalid ${what}: ${issues}`, 'invalid_request', false);
}

/** Drops undefined values (the Graph API reads an explicit null as a value). */
export function defined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
