import type { ConversationRouting, ConversationStatus } from '@parley/contracts';
import type { Database, Sql } from '../infrastructure/database/database.js';

/** What routing knows of a conversation: whose it is, and where it waits. */
export interface ConversationState {
  id: string;
  organisationId: string;
  teamId: string | null;
  assignedUserId: string | null;
  status: ConversationStatus;
  queuedAt: Date | null;
  assignedAt: Date | null;
  firstResponseAt: Date | null;
  snoozedUntil: Date | null;
}

const columns = [
  'id',
  'organisation',
  'team',
  'assignedUser',
  'status',
  'queuedAt',
  'assignedAt',
  'firstResponseAt',
  'snoozedUntil',
] as const;

type Row = {
  id: string;
  organisation: string;
  team: string | null;
  assignedUser: string | null;
  status: ConversationStatus;
  queuedAt: Date | string | number | null;
  assignedAt: Date | string | number | null;
  firstResponseAt: Date | string | number | null;
  snoozedUntil: Date | string | number | null;
};

const toDate = (value: Date | string | number | null) => (value === null ? null : new Date(value));

function stateOf(row: Row): ConversationState {
  return {
    id: row.id,
    organisationId: row.organisation,
    teamId: row.team ?? null,
    assignedUserId: row.assignedUser ?? null,
    status: row.status,
    queuedAt: toDate(row.queuedAt),
    assignedAt: toDate(row.assignedAt),
    firstResponseAt: toDate(row.firstResponseAt),
    snoozedUntil: toDate(row.snoozedUntil),
  };
}

/** The conversation, when it exists (and is the organisation's, when one is named). */
export async function readConversation(
  sql: Sql,
  conversationId: string,
  organisationId?: string,
): Promise<ConversationState | undefined> {
  let query = sql.selectFrom('Conversation').select(columns).where('id', '=', conversationId);
  if (organisationId !== undefined) query = query.where('organisation', '=', organisationId);
  const row = await query.executeTakeFirst();
  return row ? stateOf(row) : undefined;
}

/** Locks the conversation's row for the rest of the transaction, then reads it. */
export async function lockConversation(
  database: Database,
  sql: Sql,
  conversationId: string,
  organisationId?: string,
): Promise<ConversationState | undefined> {
  await database.lockRow(sql, 'conversations', conversationId);
  return readConversation(sql, conversationId, organisationId);
}

/** The team's longest-waiting conversation nobody has: open, unassigned, by `queuedAt`. */
export async function queueHead(sql: Sql, teamId: string): Promise<ConversationState | undefined> {
  const row = await sql
    .selectFrom('Conversation')
    .select(columns)
    .where('team', '=', teamId)
    .where('queuedAt', 'is not', null)
    .where('assignedUser', 'is', null)
    .where('status', '=', 'open')
    .orderBy('queuedAt')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? stateOf(row) : undefined;
}

/** The conversation's routing as the API answers it. */
export function toConversationRouting(state: ConversationState): ConversationRouting {
  return {
    conversationId: state.id,
    status: state.status,
    teamId: state.teamId,
    assignedUserId: state.assignedUserId,
    queuedAt: state.queuedAt?.toISOString() ?? null,
    assignedAt: state.assignedAt?.toISOString() ?? null,
    snoozedUntil: state.snoozedUntil?.toISOString() ?? null,
  };
}
