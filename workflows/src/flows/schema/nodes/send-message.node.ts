import { z } from 'zod';
import { baseNode, flowTextSchema } from '../common.schema.js';

export const flowMediaKinds = ['image', 'video', 'audio', 'document'] as const;

/** A text, or a file from the library (or a public link) with an optional caption. */
export const sendMessageNodeSchema = z.object({
  ...baseNode,
  type: z.literal('send_message'),
  content: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: flowTextSchema }),
    z
      .object({
        kind: z.literal('media'),
        media: z.enum(flowMediaKinds),
        /** A file of the organisation's library, or a public https link. */
        fileId: z.string().min(1).optional(),
        link: z.url().optional(),
        caption: z.string().trim().max(1024).optional(),
      })
      .refine((media) => media.fileId !== undefined || media.link !== undefined, {
        message: 'choose a file from the library or give a link',
        path: ['fileId'],
      }),
  ]),
});
export type SendMessageNode = z.infer<typeof sendMessageNodeSchema>;
