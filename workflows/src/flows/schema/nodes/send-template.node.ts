import { z } from 'zod';
import { baseNode } from '../common.schema.js';

/**
 * An approved template, by name and language, with its body (and text header) parameters — which
 * may hold placeholders. Templates go also when the customer-service window is closed.
 */
export const sendTemplateNodeSchema = z.object({
  ...baseNode,
  type: z.literal('send_template'),
  templateName: z.string().min(1).max(512),
  language: z.string().min(2).max(15),
  bodyParameters: z.array(z.string().max(1024)).max(100).default([]),
  headerParameters: z.array(z.string().max(60)).max(1).default([]),
});
export type SendTemplateNode = z.infer<typeof sendTemplateNodeSchema>;
