import type { ConversationRouting } from '@parley/contracts';
import type { Caller } from '../../auth/caller.js';
import type { Sql } from '../../infrastructure/database/database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import type { MoveOutcome } from '../assignment.service.js';
import { readConversation, toConversationRouting } from '../conversation-state.js';

async function nameOf(sql: Sql, userId: string | undefined): Promise<string> {
  if (!userId) return 'the agent';
  const user = await sql.selectFrom('User').select('name').where('id', '=', userId).executeTakeFirst();
  return user?.name ?? 'the agent';
}

/**
 * The conversation's routing after a manual move, or the API error for a refused one: 404 for a
 * conversation, agent or team that is not the organisation's, 409 for an agent at capacity (named,
 * with their capacity), an offline agent, or a conversation that is not open.
 */
export async function movedOrRefused(
  sql: Sql,
  conversationId: string,
  outcome: MoveOutcome,
  agentId?: string,
): Promise<ConversationRouting> {
  if (!('refused' in outcome)) {
    // Read afresh: a conversation moved to a team may have been assigned there since.
    const state = await readConversation(sql, conversationId);
    return toConversationRouting(state ?? outcome.state);
  }
  switch (outcome.refused) {
    case 'NOT_FOUND':
      throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
    case 'AGENT_NOT_FOUND':
      throw new ApiError(
        404,
        'AGENT_NOT_FOUND',
        `user ${agentId} is not an active person of this organisation`,
      );
    case 'TEAM_NOT_FOUND':
      throw new ApiError(404, 'TEAM_NOT_FOUND', 'the team does not exist');
    case 'AGENT_AT_CAPACITY': {
      const name = await nameOf(sql, agentId);
      throw new ApiError(
        409,
        'AGENT_AT_CAPACITY',
        `${name} is at capacity: ${outcome.capacity} open conversations`,
        undefined,
        { agent: { id: agentId, name }, capacity: outcome.capacity },
      );
    }
    case 'AGENT_OFFLINE':
      throw new ApiError(409, 'AGENT_OFFLINE', `${await nameOf(sql, agentId)} is offline`, undefined, {
        agent: { id: agentId },
      });
    case 'CONVERSATION_NOT_OPEN':
      throw new ApiError(409, 'CONVERSATION_NOT_OPEN', `the conversation is ${outcome.status}`);
  }
}

/**
 * Refuses (404) a conversation that is not the caller's organisation's, and (403) one owned by
 * another agent unless the caller may move anyone's (`routing:manage`). Answers its owner.
 */
export async function requireMovable(
  sql: Sql,
  caller: Caller,
  conversationId: string,
): Promise<{ assignedUserId: string | null }> {
  const state = await readConversation(sql, conversationId, caller.organisationId);
  if (!state) throw new ApiError(404, 'NOT_FOUND', `conversation ${conversationId} does not exist`);
  if (
    state.assignedUserId !== null &&
    state.assignedUserId !== caller.userId &&
    !caller.permissions.has('routing:manage')
  )
    throw new ApiError(
      403,
      'FORBIDDEN',
      `the conversation is ${await nameOf(sql, state.assignedUserId)}'s; moving another agent's conversation needs routing:manage`,
    );
  return state;
}
