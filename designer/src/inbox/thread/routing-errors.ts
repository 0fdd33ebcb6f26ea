import { z } from 'zod';
import type { ApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';
import type { Translate } from '../../i18n/translate';

/** What a refused move's body adds to `{ code, message }` (engine/src/routing/usecases/routing-refusals.ts). */
const refusalBody = z.object({
  agent: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
  capacity: z.number().optional(),
});

type ErrorLike = Pick<ApiError, 'code' | 'message' | 'status'> & { body?: unknown };

/**
 * A refused assignment, transfer, close, reopen, snooze or return to automation, in the reader's
 * language: the agent at capacity (named, with their capacity), offline, gone; the team gone; the
 * conversation not open, or another agent's. Anything else as the app explains every error.
 * `agentName`: the agent the caller chose, for refusals whose body names only their id.
 */
export function routingErrorText(error: ErrorLike, t: Translate, agentName?: string): string {
  const body = refusalBody.safeParse(error.body);
  const agent =
    (body.success ? body.data.agent?.name : undefined) ?? agentName ?? t('threadWork.errors.theAgent');
  switch (error.code) {
    case 'AGENT_AT_CAPACITY': {
      const capacity = body.success ? body.data.capacity : undefined;
      return capacity === undefined
        ? t('threadWork.errors.atCapacity', { agent })
        : t('threadWork.errors.atCapacityOf', { agent, count: capacity });
    }
    case 'AGENT_OFFLINE':
    case 'AGENT_UNAVAILABLE':
      return t('threadWork.errors.offline', { agent });
    case 'AGENT_NOT_FOUND':
      return t('threadWork.errors.agentNotFound');
    case 'TEAM_NOT_FOUND':
      return t('threadWork.errors.teamNotFound');
    case 'CONVERSATION_NOT_OPEN':
      return t('threadWork.errors.notOpen');
    case 'FORBIDDEN':
      return t('threadWork.errors.notYours');
    default:
      return errorText(error, t);
  }
}
