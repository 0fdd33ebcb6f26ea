import { z } from 'zod';
import { isoDateTime } from '../common.schema.js';
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
] as const;
export const conversationEventKindSchema = z.enum(conversationEventKinds);
export type ConversationEventKind = z.infer<typeof conversationEventKindSchema>;

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
