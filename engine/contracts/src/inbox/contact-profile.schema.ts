import { z } from 'zod';
import { isoDateTime, personRefSchema } from '../common.schema.js';

export const noteLength = 4000;
export const tagLength = 64;
export const tagsPerContact = 50;

/** `POST /api/contacts/:id/notes`, `POST /api/conversations/:id/notes`: an internal note. */
export const createNoteSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'a note needs text')
    .max(noteLength, `a note is at most ${noteLength} characters`),
});
export type CreateNote = z.infer<typeof createNoteSchema>;

/** A note agents keep on a contact or in a conversation's thread; never sent to the customer. */
export const noteSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  /** Null once the author's account is gone. */
  author: personRefSchema.nullable(),
  createdAt: isoDateTime,
});
export type Note = z.infer<typeof noteSchema>;

/** An internal note in a conversation's thread. */
export const conversationNoteSchema = noteSchema.extend({ conversationId: z.uuid() });
export type ConversationNote = z.infer<typeof conversationNoteSchema>;

/** `GET /api/contacts/:id`: who the customer is, as agents see them. */
export const contactProfileSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  /** The phone number (WhatsApp's wa_id) or chat id (Telegram). */
  platformId: z.string().nullable(),
  /** The business-scoped user id (WhatsApp) when the platform gave one. */
  userId: z.string().nullable(),
  username: z.string().nullable(),
  channelAccountId: z.uuid(),
  /** A BCP 47 language tag (`ja`, `en-GB`); null when unknown. */
  language: z.string().nullable(),
  /** Normalised (NFKC, trimmed, lower-cased), each once, in alphabetical order. */
  tags: z.array(z.string()),
  /** The newest first. */
  notes: z.array(noteSchema),
  createdAt: isoDateTime,
});
export type ContactProfile = z.infer<typeof contactProfileSchema>;

/** `PATCH /api/contacts/:id`: the language and the tags (the tags replace the old ones). */
export const updateContactSchema = z
  .object({
    language: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u, 'must be a language tag such as ja or en-GB')
      .max(35)
      .nullable()
      .optional(),
    tags: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'a tag needs text')
          .max(tagLength, `a tag is at most ${tagLength} characters`),
      )
      .max(tagsPerContact, `at most ${tagsPerContact} tags`)
      .optional(),
  })
  .refine((patch) => patch.language !== undefined || patch.tags !== undefined, {
    message: 'change the language or the tags',
  });
export type UpdateContact = z.infer<typeof updateContactSchema>;

export const listNotesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
