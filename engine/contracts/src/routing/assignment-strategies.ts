import { z } from 'zod';

export const availabilitySchema = z.enum(['online', 'away', 'offline']);
export type Availability = z.infer<typeof availabilitySchema>;

/** How a team picks the agent for a conversation routed to it. */
export const strategySchema = z.enum(['round_robin', 'least_busy', 'sticky']);
export type Strategy = z.infer<typeof strategySchema>;

/** What `sticky` falls back to when the contact's previous agent cannot take the conversation. */
export const fallbackStrategySchema = strategySchema.exclude(['sticky']);
export type FallbackStrategy = z.infer<typeof fallbackStrategySchema>;

/** A team member as assignment sees them at one moment. */
export interface AssignmentCandidate {
  agentId: string;
  availability: Availability;
  /** Conversations open and assigned to them now. */
  openConversations: number;
  /** The most they take at once, as the engine resolves it for this team. */
  capacity: number;
  lastAssignedAt: Date | null;
  /** When their open count last went to 0 or they came online; null when never recorded. */
  idleSince: Date | null;
}

export interface AssignmentContext {
  /** The team's round-robin pointer: the agent it assigned last. */
  lastAssignedAgentId: string | null;
  /** The agent who last handled this contact, for `sticky`. */
  previousAgentId: string | null;
  /** The team's strategy when the previous agent cannot take it. */
  fallback: FallbackStrategy;
}

type Candidates = readonly AssignmentCandidate[];

/** Online and below capacity. */
const isEligible = (candidate: AssignmentCandidate) =>
  candidate.availability === 'online' && candidate.openConversations < candidate.capacity;

/** A time to compare by; null sorts before every date. */
const timeOf = (date: Date | null) => date?.getTime() ?? Number.NEGATIVE_INFINITY;

/** The first eligible candidate that no later one beats (`before` < 0), so ties keep the stable order. */
function best(candidates: Candidates, before: (a: AssignmentCandidate, b: AssignmentCandidate) => number) {
  let chosen: AssignmentCandidate | null = null;
  for (const candidate of candidates)
    if (isEligible(candidate) && (chosen === null || before(candidate, chosen) < 0)) chosen = candidate;
  return chosen?.agentId ?? null;
}

const strategies = {
  // The next eligible member after the pointer, wrapping (the pointer's own agent last). Without a
  // pointer, or when its agent left the team: the least recently assigned (never assigned first).
  round_robin: (candidates: Candidates, { lastAssignedAgentId }: AssignmentContext) => {
    const pointer = candidates.findIndex((candidate) => candidate.agentId === lastAssignedAgentId);
    if (pointer === -1)
      return best(candidates, (a, b) => timeOf(a.lastAssignedAt) - timeOf(b.lastAssignedAt));
    for (let step = 1; step <= candidates.length; step++) {
      const candidate = candidates[(pointer + step) % candidates.length]!;
      if (isEligible(candidate)) return candidate.agentId;
    }
    return null;
  },
  // Fewest open conversations; then idle longest (a null idleSince counts as idle longest).
  least_busy: (candidates: Candidates) =>
    best(
      candidates,
      (a, b) => a.openConversations - b.openConversations || timeOf(a.idleSince) - timeOf(b.idleSince),
    ),
  sticky: (candidates: Candidates, context: AssignmentContext) => {
    const previous = candidates.find((candidate) => candidate.agentId === context.previousAgentId);
    return previous && isEligible(previous)
      ? previous.agentId
      : pickAgent(context.fallback, candidates, context);
  },
} satisfies Record<Strategy, (candidates: Candidates, context: AssignmentContext) => string | null>;

/**
 * The agent to assign a conversation to, or null when no member can take it (it waits for one).
 * Only online members below capacity are eligible; `candidates` come in the team's stable order,
 * which settles the last ties. Pure: the engine moves the pointer and counts afterwards.
 */
export function pickAgent(
  strategy: Strategy,
  candidates: Candidates,
  context: AssignmentContext,
): string | null {
  return strategies[strategy](candidates, context);
}
