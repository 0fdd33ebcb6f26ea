import type { Health } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { StreamStatus } from '../api/use-event-stream';
import { healthQuery } from './health.query';

export type HealthView = { kind: 'unknown' } | { kind: 'unreachable' } | { kind: 'known'; health: Health };

/** The engine's health, checked again whenever the live stream (re)connects or drops. */
export function useHealth(stream: StreamStatus): HealthView {
  const { data, isError, refetch } = useQuery(healthQuery);
  useEffect(() => {
    void refetch();
  }, [stream, refetch]);
  if (isError) return { kind: 'unreachable' };
  return data ? { kind: 'known', health: data } : { kind: 'unknown' };
}
