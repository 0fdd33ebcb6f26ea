import { useEffect, useRef, useState } from 'react';
import { toInboxEvent } from './guards';
import type { InboxEvent } from './types';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

export interface StreamHandlers {
  onEvent: (event: InboxEvent) => void;
  /** Called on every (re)connection: whatever happened while the stream was down must be refetched. */
  onOpen: () => void;
}

const MAX_RETRY_MS = 30_000;

/**
 * Subscribes to the engine's Server-Sent Events. EventSource retries dropped connections itself;
 * when it gives up (the server answered with an error), this hook reconnects with backoff.
 */
export function useEventStream(url: string, handlers: StreamHandlers): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let everOpened = false;

    const onData = (ev: MessageEvent<unknown>) => {
      let event: InboxEvent | null = null;
      try {
        event = typeof ev.data === 'string' ? toInboxEvent(JSON.parse(ev.data)) : null;
      } catch {
        console.warn('Parley: ignored an event that is not JSON', ev.data);
      }
      if (event) latest.current.onEvent(event);
    };

    const connect = () => {
      const es = new EventSource(url);
      source = es;
      // The contract sends unnamed events; named ones are accepted too so either server style works.
      for (const name of ['message', 'conversation.upserted', 'message.upserted']) {
        es.addEventListener(name, onData as EventListener);
      }
      es.onopen = () => {
        attempt = 0;
        everOpened = true;
        setStatus('live');
        latest.current.onOpen();
      };
      es.onerror = () => {
        setStatus(everOpened ? 'reconnecting' : 'connecting');
        if (es.readyState !== EventSource.CLOSED) return; // the browser is already retrying
        es.close();
        const delay = Math.min(MAX_RETRY_MS, 1000 * 2 ** attempt++);
        timer = setTimeout(connect, delay);
      };
    };

    connect();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [url]);

  return status;
}
