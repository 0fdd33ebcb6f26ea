import { z } from 'zod';
import { baseNode, variableNameSchema } from '../common.schema.js';

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const maxHttpTimeoutMs = 10_000;

/**
 * Calls an allowed host (the organisation's flow settings list them) from an activity: `success`
 * for a 2xx answer, else `failure`. Header values and the body may hold `{{secret.NAME}}`, taken
 * from the settings when the request runs, never stored in the flow. JSON fields of the answer
 * (dotted paths) are kept in variables.
 */
export const httpRequestNodeSchema = z.object({
  ...baseNode,
  type: z.literal('http_request'),
  method: z.enum(httpMethods),
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/, 'use an http:// or https:// link')
    .max(2000),
  headers: z
    .array(
      z.object({
        name: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a header name: letters, digits and "-"'),
        value: z.string().max(2000),
      }),
    )
    .max(20)
    .default([]),
  body: z.string().max(10_000).optional(),
  timeoutMs: z.number().int().min(100).max(maxHttpTimeoutMs).default(5_000),
  responseMap: z
    .array(
      z.object({
        path: z.string().regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/, 'a dotted path such as order.status'),
        variable: variableNameSchema,
      }),
    )
    .max(20)
    .default([]),
});
export type HttpRequestNode = z.infer<typeof httpRequestNodeSchema>;
