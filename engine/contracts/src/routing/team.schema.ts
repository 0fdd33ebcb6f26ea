import { z } from 'zod';
import { isoDateTime } from '../common.schema.js';
import { availabilitySchema, fallbackStrategySchema, strategySchema } from './assignment-strategies.js';

export const teamLimits = {
  nameLength: 80,
  members: 500,
  capacity: 100,
  firstResponseMinutes: 10_080,
} as const;

/** How many open conversations an agent takes at once. */
const capacitySchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(teamLimits.capacity, `must be at most ${teamLimits.capacity}`);

export const teamMemberSchema = z.object({
  userId: z.uuid(),
  /** This member's capacity in this team, overriding the agent's own; null to keep theirs. */
  capacity: capacitySchema.nullable(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

const membersSchema = z
  .array(teamMemberSchema)
  .max(teamLimits.members, `a team has at most ${teamLimits.members} members`)
  .superRefine((members, context) => {
    const seen = new Set<string>();
    members.forEach((member, index) => {
      if (seen.has(member.userId))
        context.addIssue({ code: 'custom', path: [index, 'userId'], message: 'lists a member twice' });
      seen.add(member.userId);
    });
  });

/** A first-response target: a conversation unanswered this long is reassigned or escalated. */
export const teamSlaSchema = z
  .object({
    /** Minutes to the first agent reply (at most a week); null for no target. */
    firstResponseMinutes: z
      .number()
      .int('must be a whole number of minutes')
      .min(1, 'must be at least 1 minute')
      .max(teamLimits.firstResponseMinutes, 'must be at most 10080 minutes (a week)')
      .nullable(),
    onBreach: z.enum(['reassign', 'escalate']),
    /** The team an unanswered conversation escalates to; only with `onBreach: 'escalate'`. */
    escalateToTeamId: z.uuid('must be a team id').nullable(),
    /** Count only the minutes inside business hours. */
    businessHoursOnly: z.boolean(),
  })
  .superRefine((sla, context) => {
    if (sla.onBreach === 'escalate' && sla.escalateToTeamId === null)
      context.addIssue({
        code: 'custom',
        path: ['escalateToTeamId'],
        message: 'choose the team to escalate to',
      });
    if (sla.onBreach === 'reassign' && sla.escalateToTeamId !== null)
      context.addIssue({
        code: 'custom',
        path: ['escalateToTeamId'],
        message: 'only escalating uses a team to escalate to',
      });
  });
export type TeamSla = z.infer<typeof teamSlaSchema>;

/** No first-response target. */
export const defaultTeamSla: TeamSla = {
  firstResponseMinutes: null,
  onBreach: 'reassign',
  escalateToTeamId: null,
  businessHoursOnly: false,
};

const teamFields = {
  /** Unique in the organisation (the engine checks). */
  name: z
    .string()
    .trim()
    .min(1, 'name the team')
    .max(teamLimits.nameLength, `a team name is at most ${teamLimits.nameLength} characters`),
  strategy: strategySchema,
  /** What `sticky` falls back to; kept, unused, under the other strategies. */
  fallbackStrategy: fallbackStrategySchema,
  /** In the team's stable order, which round-robin follows and ties fall back to. */
  members: membersSchema,
  /** The capacity of a member with no override whose agent never set their own. */
  defaultCapacity: capacitySchema,
  sla: teamSlaSchema,
};

export const teamSchema = z.object({ id: z.uuid(), ...teamFields, createdAt: isoDateTime });
export type Team = z.infer<typeof teamSchema>;

/** A new team: without members, sticky's fallback (round-robin) and an SLA unless given. */
export const createTeamSchema = z.object({
  ...teamFields,
  fallbackStrategy: teamFields.fallbackStrategy.default('round_robin'),
  members: teamFields.members.default([]),
  sla: teamFields.sla.default(defaultTeamSla),
});
export type CreateTeam = z.input<typeof createTeamSchema>;

/** A change to a team: the fields given replace theirs (`members` and `sla` whole). */
export const updateTeamSchema = z
  .object(teamFields)
  .partial()
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: 'give at least one field to change',
  });
export type UpdateTeam = z.infer<typeof updateTeamSchema>;

/** An agent's own setting: whether they take conversations, and how many at once by default. */
export const agentAvailabilitySchema = z.object({
  availability: availabilitySchema,
  capacity: capacitySchema,
});
export type AgentAvailability = z.infer<typeof agentAvailabilitySchema>;

/**
 * `PUT /api/me/availability`: the availability, and the agent's own capacity only when they change
 * it (left out, a capacity never set stays unset and each team's default keeps applying).
 */
export const setAvailabilitySchema = agentAvailabilitySchema.partial({ capacity: true });
export type SetAvailability = z.infer<typeof setAvailabilitySchema>;
