import { z } from 'zod';
import { baseNode } from '../common.schema.js';

/** Adds a tag to the contact, or removes one. */
export const tagContactNodeSchema = z.object({
  ...baseNode,
  type: z.literal('tag_contact'),
  action: z.enum(['add', 'remove']),
  tag: z.string().trim().min(1).max(50),
});
export type TagContactNode = z.infer<typeof tagContactNodeSchema>;
