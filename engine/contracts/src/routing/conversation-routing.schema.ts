import { z } from 'zod';
import { isoDateTime, personRefSchema } from '../common.schema.js';
import { availabilitySchema } from './assignment-strategies.js';
import { agentAvailabilitySchema } from './team.schema.js';

/** Whether a conversation wants a person: open (queued or assigned), snoozed until a time, closed. */
export const conversationStatuses = ['open', 'snoozed', 'closed'] as const;
export const conversationStatusSchema = z.enum(conversationStatuses);
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

/** What happened to a conversation's ownership; the thread shows these between the messages. */
export const conversationEventKinds = [
  'assigned',
  'queued',
  'transferred',
  'closed',
  'reopened',
  'snoozed',
  'returned_to_queue',
  'sla_breached',
  /** A person gave the conversation back to automation: no owner, no team, until the customer writes again. */
  'returned_to_automation',
] as const;
export const conversationEventKindSchema = z.enum(conversationEventKinds);
export type ConversationEventKind = z.infer<typeof conversationEventKindSchema>;

const teamRefSchema = z.object({ id: z.uuid(), name: z.string() });

/**
 * One change of ownership, as the thread shows it (`GET /api/conversations/:id/events`, oldest
 * first): who did it (null: routing itself), from and to whom, and a transfer's note.
 */
export const conversationEventSchema = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  kind: conversationEventKindSchema,
  actor: personRefSchema.nullable(),
  fromUser: personRefSchema.nullable(),
  toUser: personRefSchema.nullable(),
  fromTeam: teamRefSchema.nullable(),
  toTeam: teamRefSchema.nullable(),
  note: z.string().nullable(),
  at: isoDateTime,
});
export type ConversationEvent = z.infer<typeof conversationEventSchema>;

export const conversationEventListSchema = z.object({ items: z.array(conversationEventSchema) });
export type ConversationEventList = z.infer<typeof conversationEventListSchema>;

/**
 * What the engine did when an assignment missed its first-response deadline (the live
 * `conversation.sla_breached` event; admins and the team are notified).
 */
export const slaBreachOutcomes = ['reassigned', 'escalated', 'queued'] as const;
export const slaBreachSchema = z.object({
  conversationId: z.uuid(),
  /** The agent who did not answer in time. */
  userId: z.uuid(),
  /** Where the conversation is now. */
  teamId: z.uuid(),
  outcome: z.enum(slaBreachOutcomes),
  at: isoDateTime,
});
export type SlaBreach = z.infer<typeof slaBreachSchema>;

/** `POST /api/conversations/:id/assign`: give it to this agent (never past their capacity). */
export const assignConversationSchema = z.object({ userId: z.uuid('must be a user id') });
export type AssignConversation = z.infer<typeof assignConversationSchema>;

export const transferNoteLength = 1000;

/** `POST /api/conversations/:id/transfer`: to an agent, or to a team's queue, with a note for them. */
export const transferConversationSchema = z
  .object({
    userId: z.uuid('must be a user id').optional(),
    teamId: z.uuid('must be a team id').optional(),
    note: z
      .string()
      .trim()
      .max(transferNoteLength, `a note is at most ${transferNoteLength} characters`)
      .optional(),
  })
  .refine((target) => (target.userId === undefined) !== (target.teamId === undefined), {
    message: 'transfer to an agent (userId) or to a team (teamId)',
  });
export type TransferConversation = z.infer<typeof transferConversationSchema>;

/** `POST /api/conversations/:id/snooze`: out of the agent's open list until `until`. */
export const snoozeConversationSchema = z.object({ until: isoDateTime });
export type SnoozeConversation = z.infer<typeof snoozeConversationSchema>;

/** What a manual routing operation left: who owns the conversation now, and its state. */
export const conversationRoutingSchema = z.object({
  conversationId: z.uuid(),
  status: conversationStatusSchema,
  teamId: z.uuid().nullable(),
  assignedUserId: z.uuid().nullable(),
  queuedAt: isoDateTime.nullable(),
  assignedAt: isoDateTime.nullable(),
  snoozedUntil: isoDateTime.nullable(),
});
export type ConversationRouting = z.infer<typeof conversationRoutingSchema>;

/** `GET/PUT /api/me/availability`: the agent's setting and how many conversations they have open. */
export const agentLoadSchema = agentAvailabilitySchema.extend({
  /** Open conversations assigned to them now, across all their teams. */
  openCount: z.number().int().min(0),
});
export type AgentLoad = z.infer<typeof agentLoadSchema>;

/**
 * `GET /api/agents`: the organisation's active people as the inbox picks among them (assign,
 * transfer) — whether they take conversations now and how many they have open. Every agent may
 * read it; managing people stays with admins.
 */
export const agentDirectoryEntrySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  availability: availabilitySchema,
  /** Their own capacity (5 when they never set one); a team may override it. */
  capacity: z.number().int().min(0),
  openCount: z.number().int().min(0),
  /** The teams they are a member of. */
  teamIds: z.array(z.uuid()),
});
export type AgentDirectoryEntry = z.infer<typeof agentDirectoryEntrySchema>;
export const agentDirectorySchema = z.object({ items: z.array(agentDirectoryEntrySchema) });
export type AgentDirectory = z.infer<typeof agentDirectorySchema>;
