import { z } from 'zod';
import { baseNode } from '../common.schema.js';
import { interactiveFrame } from './reply-buttons.node.js';

/** A message with one call-to-action button that opens a link. */
export const ctaUrlNodeSchema = z.object({
  ...baseNode,
  type: z.literal('cta_url'),
  ...interactiveFrame,
  displayText: z.string().trim().min(1).max(40),
  /** https, placeholders allowed in the path and query. */
  url: z
    .string()
    .trim()
    .regex(/^https:\/\/\S+$/, 'use an https:// link')
    .max(2000),
});
export type CtaUrlNode = z.infer<typeof ctaUrlNodeSchema>;
