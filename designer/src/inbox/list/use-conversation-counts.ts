import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLiveSignals } from '../../live/live-events';
import { conversationCountsQuery } from '../inbox.api';
import { createCoalescer } from './coalesce';

/** At most one read of the counts a second, however busy the stream. */
export const COUNTS_INTERVAL_MS = 1_000;

/**
 * The tabs' counts, read again when conversations change live (`conversation.upserted`, an SLA
 * breach that moved one) — coalesced to once a second — and at once after a reconnection.
 */
export function useConversationCounts() {
  const queryClient = useQueryClient();
  const counts = useQuery(conversationCountsQuery);
  const [refetch] = useState(() =>
    createCoalescer(COUNTS_INTERVAL_MS, () => {
      void queryClient.invalidateQueries({ queryKey: conversationCountsQuery.queryKey });
    }),
  );
  useEffect(() => () => refetch.cancel(), [refetch]);
  useLiveSignals((signal) => {
    if (signal.kind === 'open') {
      refetch.cancel();
      void queryClient.invalidateQueries({ queryKey: conversationCountsQuery.queryKey });
    } else if (
      signal.event.type === 'conversation.upserted' ||
      signal.event.type === 'conversation.sla_breached'
    )
      refetch.trigger();
  });
  return counts;
}
