/** Where a stand-in's entry writes its lines. */
export interface MainIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export type Env = Record<string, string | undefined>;

/** A stand-in that listens. */
export interface RunningStandIn {
  url: string;
  close(): Promise<void>;
}

export interface StandInEntry<Config, Running extends RunningStandIn> {
  /** Reads the configuration from the environment, throwing `configError` when it is invalid. */
  parseConfig: (env: Env) => Config;
  /** The error explaining an invalid environment; its message goes to stderr. Anything else is rethrown. */
  configError: abstract new (...args: never[]) => Error;
  start: (config: Config) => Promise<Running>;
}

/**
 * Boots a stand-in from the environment and announces `{"event":"listening","url":…}` on stdout.
 * Returns undefined (after explaining on stderr) when the configuration is invalid.
 */
export async function startStandInFromEnv<Config, Running extends RunningStandIn>(
  env: Env,
  io: MainIo,
  entry: StandInEntry<Config, Running>,
): Promise<Running | undefined> {
  let config: Config;
  try {
    config = entry.parseConfig(env);
  } catch (error) {
    if (!(error instanceof entry.configError)) throw error;
    io.stderr(error.message);
    return undefined;
  }
  const standIn = await entry.start(config);
  io.stdout(JSON.stringify({ event: 'listening', url: standIn.url }));
  return standIn;
}

/** The parts of `process` a stand-in's entry uses. */
export interface StandInProcess {
  env: Env;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  exitCode?: number | string | null | undefined;
  once(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  exit(code: number): void;
}

/**
 * Runs a stand-in as this process (its bin entry): starts it from the environment with one line per
 * write, sets exit code 1 when it did not start, and otherwise closes it on SIGTERM or SIGINT, then
 * exits 0 (or 1 after printing why closing failed).
 */
export async function runStandInProcess(
  main: (env: Env, io: MainIo) => Promise<RunningStandIn | undefined>,
  proc: StandInProcess = process,
): Promise<void> {
  const standIn = await main(proc.env, {
    stdout: (line) => proc.stdout.write(`${line}\n`),
    stderr: (line) => proc.stderr.write(`${line}\n`),
  });
  if (standIn === undefined) {
    proc.exitCode = 1;
    return;
  }
  const shutdown = () => {
    standIn.close().then(
      () => proc.exit(0),
      (error: unknown) => {
        proc.stderr.write(`${String(error)}\n`);
        proc.exit(1);
      },
    );
  };
  proc.once('SIGTERM', shutdown);
  proc.once('SIGINT', shutdown);
}
