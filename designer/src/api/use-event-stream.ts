import { inboxEventSchema, type InboxEvent } from '@parley/contracts';
import { useEffect, useRef, useState } from 'react';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

export interface StreamHandlers {
  onEvent: (event: InboxEvent) => void;
  /** Called on every (re)connection: whatever happened while the stream was down must be refetched. */
  onOpen: () => void;
  /** Called when the server refused the stream (e.g. the session ended), before retrying. */
  onClosed: () => void;
}

const MAX_RETRY_MS = 30_000;
/** The contract sends unnamed events; named ones are accepted too so either server style works. */
const EVENT_NAMES = [
  'message',
  'conversation.upserted',
  'message.upserted',
  'channel_account.updated',
  'template.upserted',
  'template.deleted',
  'credits.updated',
  'credits.low_balance',
  'credits.purchase_updated',
];

/** One `data` payload of the stream, checked against the contract; anything else is ignored. */
export function parseStreamEvent(data: unknown): InboxEvent | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    console.warn('Parley: ignored an event that is not JSON');
    return null;
  }
  const parsed = inboxEventSchema.safeParse(json);
  if (!parsed.success) {
    console.warn(
      'Parley: ignored an event outside the contract',
      parsed.error.issues.map((issue) => issue.path.join('.')),
    );
    return null;
  }
  return parsed.data;
}

/**
 * Subscribes to the engine's Server-Sent Events (none while `url` is null). EventSource retries
 * dropped connections itself; when it gives up (the server answered with an error), this hook
 * reconnects with backoff.
 */
export function useEventStream(url: string | null, handlers: StreamHandlers): StreamStatus | null {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (url === null) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let everOpened = false;

    const onData = (ev: MessageEvent<unknown>) => {
      const event = parseStreamEvent(ev.data);
      if (event) latest.current.onEvent(event);
    };

    const connect = () => {
      const es = new EventSource(url, { withCredentials: true });
      source = es;
      for (const name of EVENT_NAMES) es.addEventListener(name, onData as EventListener);
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
        latest.current.onClosed();
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

  return url === null ? null : status;
}
