import type { InboxEvent } from '@parley/contracts';
import { createContext, useContext, useEffect, useRef } from 'react';

/** What the live stream tells its listeners: an event, or that it (re)connected and they must catch up. */
export type LiveSignal = { kind: 'event'; event: InboxEvent } | { kind: 'open' };

export interface LiveEvents {
  subscribe: (listener: (signal: LiveSignal) => void) => () => void;
  emit: (signal: LiveSignal) => void;
}

/** One fan-out for the app's single event stream. */
export function createLiveEvents(): LiveEvents {
  const listeners = new Set<(signal: LiveSignal) => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (signal) => listeners.forEach((listener) => listener(signal)),
  };
}

export const LiveEventsContext = createContext<LiveEvents | null>(null);

/** Calls `listener` with every live signal while the component is mounted. */
export function useLiveSignals(listener: (signal: LiveSignal) => void): void {
  const bus = useContext(LiveEventsContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => bus?.subscribe((signal) => latest.current(signal)), [bus]);
}
