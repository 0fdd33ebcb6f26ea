import type { ConversationRouting } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { threadWorkKeys } from '../thread-work.api';

/** One manual move of a conversation, and the agent it names (for refusals that give only an id). */
export interface ConversationMove {
  run: () => Promise<ConversationRouting>;
  agentName?: string | undefined;
  /** What to announce once it is done ("Assigned to you"). */
  done: string;
}

/**
 * Runs a move. The inbox's conversation changes with the live `conversation.upserted` that follows;
 * `onMoved` reloads it too, for a stream that is down; the thread's events are read again.
 */
export function useConversationMove(conversationId: string, onMoved: (announcement: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (move: ConversationMove) => move.run(),
    onSuccess: async (_routing, move) => {
      onMoved(move.done);
      await queryClient.invalidateQueries({ queryKey: threadWorkKeys.events(conversationId) });
    },
  });
}
