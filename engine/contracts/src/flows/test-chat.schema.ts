import { z } from 'zod';
import { isoDateTime } from '../common.schema.js';
import { flowRunStatusSchema } from './flow.schema.js';

/**
 * The designer's test chat (docs/flows.md): the admin is a customer of the WhatsApp sandbox of
 * their own, writes and taps on a channel account of the sandbox, and the flow's draft answers.
 */

const channelAccountId = z.uuid();

/** `?channelAccountId=`: the sandbox WhatsApp account the chat talks to. */
export const testChatQuerySchema = z.object({ channelAccountId });

/** The test customer writes; the draft starts on the message when no test run of it is going there. */
export const testChatWriteSchema = z.object({
  channelAccountId,
  text: z.string().trim().min(1, 'write a message').max(4096, 'at most 4096 characters'),
});
export type TestChatWrite = z.input<typeof testChatWriteSchema>;

/** The test customer taps a reply button (`buttonId`) or a list row (`rowId`) of a message they received. */
export const testChatTapSchema = z
  .object({
    channelAccountId,
    /** The wamid of the message the customer received. */
    messageId: z.string().min(1, 'name the message tapped'),
    buttonId: z.string().min(1).optional(),
    rowId: z.string().min(1).optional(),
  })
  .refine((tap) => (tap.buttonId === undefined) !== (tap.rowId === undefined), {
    path: ['buttonId'],
    message: 'give either buttonId or rowId',
  });
export type TestChatTap = z.input<typeof testChatTapSchema>;

/** A new test run of the current draft, from the conversation's latest message. */
export const testChatRestartSchema = z.object({ channelAccountId });

const choiceSchema = z.object({ id: z.string(), title: z.string() });

/** One message on the test customer's phone, as WhatsApp shows it. */
export const testChatMessageSchema = z.object({
  /** The wamid (a tap names it). */
  id: z.string(),
  from: z.enum(['customer', 'business']),
  at: isoDateTime,
  /** `buttons`: reply buttons; `list`: a button opening rows; `cta`: a link button; `media`: an image, file… */
  kind: z.enum(['text', 'buttons', 'list', 'cta', 'template', 'media', 'other']),
  /** The text, body or caption; the template as rendered. */
  text: z.string().nullable(),
  header: z.string().nullable(),
  footer: z.string().nullable(),
  buttons: z.array(choiceSchema),
  list: z
    .object({
      button: z.string(),
      sections: z.array(
        z.object({
          title: z.string().nullable(),
          rows: z.array(choiceSchema.extend({ description: z.string().nullable() })),
        }),
      ),
    })
    .nullable(),
  cta: z.object({ label: z.string(), url: z.string() }).nullable(),
  /** The media's kind (`image`, `document`…) or the template's name. */
  label: z.string().nullable(),
  /** The business's messages: how far they got. */
  status: z.enum(['accepted', 'sent', 'delivered', 'read']).nullable(),
  /** The wamid of the message this one answers (a tap names the message tapped). */
  replyTo: z.string().nullable(),
});
export type TestChatMessage = z.infer<typeof testChatMessageSchema>;

/** The test chat: who the admin is there, the phone's messages with this account, and the latest test run. */
export const testChatSchema = z.object({
  customer: z.object({ waId: z.string(), name: z.string() }),
  /** The test customer's conversation on the account; null before they first wrote. */
  conversationId: z.uuid().nullable(),
  messages: z.array(testChatMessageSchema),
  businessTyping: z.boolean(),
  /** The latest test run of this flow in the conversation (follow it with `GET /api/flow-runs/:id`). */
  run: z.object({ id: z.uuid(), status: flowRunStatusSchema }).nullable(),
});
export type TestChat = z.infer<typeof testChatSchema>;
