// Types for supervise.mjs: restarts a child of `npm start` that exits, with backoff.
export interface Supervisable {
  exited: Promise<{ code: number | null; signal: string | null }>;
  stop(): Promise<void>;
}

export interface Supervised<T extends Supervisable> {
  readonly ready: Promise<T>;
  readonly current: T | undefined;
  readonly restarts: number;
  stop(): Promise<void>;
}

export declare function supervise<T extends Supervisable>(
  name: string,
  start: () => Promise<T>,
  options?: { log?: (message: string) => void; minDelayMs?: number; maxDelayMs?: number; stableMs?: number },
): Supervised<T>;
