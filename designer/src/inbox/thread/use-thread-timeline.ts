import type { ConversationNote } from '@parley/contracts';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLiveSignals } from '../../live/live-events';
import { conversationEventsQuery, conversationNotesQuery, threadWorkKeys } from '../thread-work.api';
import { withNote } from './timeline';

/**
 * The open thread's ownership events and internal notes, kept live: a `conversation.upserted` (or
 * an SLA breach) of this conversation reads the events again — its ownership may have changed — a
 * `conversation_note.created` adds the note, and a reconnection reads both again.
 */
export function useThreadTimeline(conversationId: string | null) {
  const queryClient = useQueryClient();
  const events = useQuery({
    ...conversationEventsQuery(conversationId ?? ''),
    enabled: conversationId !== null,
  });
  const notes = useQuery({
    ...conversationNotesQuery(conversationId ?? ''),
    enabled: conversationId !== null,
  });

  useLiveSignals((signal) => {
    if (conversationId === null) return;
    if (signal.kind === 'open') {
      void queryClient.invalidateQueries({ queryKey: threadWorkKeys.events(conversationId) });
      void queryClient.invalidateQueries({ queryKey: threadWorkKeys.notes(conversationId) });
      return;
    }
    const { event } = signal;
    if (
      (event.type === 'conversation.upserted' && event.conversation.id === conversationId) ||
      (event.type === 'conversation.sla_breached' && event.breach.conversationId === conversationId)
    )
      void queryClient.invalidateQueries({ queryKey: threadWorkKeys.events(conversationId) });
    else if (event.type === 'conversation_note.created' && event.note.conversationId === conversationId)
      addNoteToThread(queryClient, event.note);
  });

  return {
    events: events.data ?? [],
    notes: notes.data ?? [],
    /** Why the events or notes could not be read; the messages show without them. */
    error: events.error ?? notes.error,
    retry: () => {
      if (events.error) void events.refetch();
      if (notes.error) void notes.refetch();
    },
  };
}

/**
 * A note written here or pushed live: into its thread's cached notes, once. Before the notes are
 * read, they are read again instead, so an answer already on its way cannot leave the note out.
 */
export function addNoteToThread(queryClient: QueryClient, note: ConversationNote): void {
  const key = threadWorkKeys.notes(note.conversationId);
  if (queryClient.getQueryData(key) === undefined) {
    void queryClient.invalidateQueries({ queryKey: key });
    return;
  }
  queryClient.setQueryData<ConversationNote[]>(key, (notes) => withNote(notes, note));
}
