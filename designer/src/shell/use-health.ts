import { useEffect, useState } from 'react';
import { getHealth } from '../api/client';
import type { Health } from '../api/types';
import type { StreamStatus } from '../api/use-event-stream';

const POLL_MS = 30_000;

export type HealthView = { kind: 'unknown' } | { kind: 'unreachable' } | { kind: 'known'; health: Health };

/** Polls `/health` while the tab is visible, and again whenever the live stream (re)connects. */
export function useHealth(stream: StreamStatus): HealthView {
  const [view, setView] = useState<HealthView>({ kind: 'unknown' });

  useEffect(() => {
    let controller: AbortController | null = null;
    const check = () => {
      if (document.hidden) return;
      controller?.abort();
      const c = (controller = new AbortController());
      getHealth(c.signal).then(
        (health) => c.signal.aborted || setView({ kind: 'known', health }),
        () => c.signal.aborted || setView({ kind: 'unreachable' }),
      );
    };
    check();
    const timer = setInterval(check, POLL_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      controller?.abort();
    };
  }, [stream]);

  return view;
}
