export interface Coalescer {
  /** Asks for a run: now when none ran in the last interval, else once at the interval's end. */
  trigger: () => void;
  /** Drops a pending run (on unmount). */
  cancel: () => void;
}

interface Timers {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs `run` at most once per `intervalMs` however often it is triggered, and never drops the
 * last trigger: a burst of live events refetches the counts once at its start and once after it.
 */
export function createCoalescer(intervalMs: number, run: () => void, timers: Timers = realTimers): Coalescer {
  let last = Number.NEGATIVE_INFINITY;
  let pending: unknown = null;
  const fire = () => {
    pending = null;
    last = timers.now();
    run();
  };
  return {
    trigger: () => {
      if (pending !== null) return;
      const wait = last + intervalMs - timers.now();
      if (wait <= 0) fire();
      else pending = timers.setTimeout(fire, wait);
    },
    cancel: () => {
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
    },
  };
}
