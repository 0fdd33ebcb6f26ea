// Types for stack.mjs, the launcher of Parley's processes (Temporal dev server, WhatsApp sandbox, engine).
import type { ChildProcess } from 'node:child_process';

/** Absolute path of the repository root. */
export declare const repoRoot: string;

/** Where the launcher finds its binaries (resolved from the repository root). */
export declare const paths: Readonly<{
  /** `.tools/temporal/bin/temporal`, or `$PARLEY_TEMPORAL_CLI` when set. */
  temporal: string;
  engineMain: string;
  /** The operator's command line (`npm run parley`). */
  engineCli: string;
  sandboxMain: string;
  telegramStandInMain: string;
}>;

/**
 * Where a child's stdout/stderr goes: `'inherit'` forwards every line to this process's
 * stdout/stderr prefixed with `[name] `; `'silent'` drops it; any other string is a file path
 * the lines are appended to (directories are created).
 */
export type StackOutput = 'inherit' | 'silent' | (string & {});

export interface LaunchOptions {
  /** Default `'inherit'` (for Temporal: `<logDir>/temporal.log` when `logDir` is set, else `'silent'`). */
  output?: StackOutput;
  /** Environment added over `process.env` (or replacing it when `inheritEnv` is false). `undefined` values are removed. */
  env?: Record<string, string | number | undefined>;
  inheritEnv?: boolean;
  /** Working directory of the child; default the repository root. */
  cwd?: string;
  /** How long to wait for readiness before stopping the child and throwing. */
  timeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. Default 10 s. */
  graceMs?: number;
  /** Called with every output line of the child (without prefix). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface ProcessHandle {
  /** 'temporal' | 'sandbox' | 'engine' */
  readonly name: string;
  readonly process: ChildProcess;
  readonly pid: number | undefined;
  /** Resolves when the child has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;
  /** The child's last output lines (up to 200), stderr lines marked with `!`. */
  recentOutput(count?: number): string[];
  /** SIGTERM, then SIGKILL after the grace period; resolves once the child has exited. Idempotent. */
  stop(): Promise<void>;
}

export interface TemporalOptions extends Omit<LaunchOptions, 'env'> {
  /** Front-end gRPC port. */
  port: number;
  /** Web UI port; when omitted the server runs headless. */
  uiPort?: number;
  /** HTTP API port; default a free port (used for the readiness check). */
  httpPort?: number;
  /** Metrics port; default a free port. */
  metricsPort?: number;
  /** SQLite file holding the server's state (kept across restarts). */
  dbFile: string;
  /** When set and `output` is not, the server's output goes to `<logDir>/temporal.log`. */
  logDir?: string;
  /** Default '127.0.0.1'. */
  ip?: string;
  /** Namespace to wait for (created at launch unless 'default'). Default 'default'. */
  namespace?: string;
  /** Server log level, default 'warn'. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** Default `['journal_mode=wal', 'synchronous=normal']`. */
  sqlitePragmas?: string[];
  extraArgs?: string[];
  env?: Record<string, string | number | undefined>;
}

export interface TemporalHandle extends ProcessHandle {
  /** `host:port` of the front end, for TEMPORAL_ADDRESS. */
  readonly address: string;
  /** Base URL of the HTTP API. */
  readonly url: string;
  /** Base URL of the Web UI, when it runs. */
  readonly uiUrl: string | undefined;
  readonly port: number;
  readonly httpPort: number;
  readonly metricsPort: number;
  readonly dbFile: string;
  readonly namespace: string;
}

export interface ServerOptions extends LaunchOptions {
  port: number;
  /** Default '127.0.0.1'. */
  host?: string;
}

export interface ServerHandle extends ProcessHandle {
  /** Base URL, e.g. `http://127.0.0.1:4000`. */
  readonly url: string;
  readonly port: number;
}

/** Where the kernel starts picking ports for outgoing connections (32768 on Linux by default). */
export declare function ephemeralRangeStart(): number;
/** A TCP port free right now, below the ephemeral range; never the same port twice within one process. */
export declare function freePort(host?: string): Promise<number>;

/** `temporal server start-dev …`; resolves once the namespace answers on the HTTP API. */
export declare function startTemporal(options: TemporalOptions): Promise<TemporalHandle>;

/** `node connectors/whatsapp/dist/sandbox/main.js` with SANDBOX_PORT/SANDBOX_HOST set; resolves once `/sandbox/health` is 200. */
export declare function startSandbox(options: ServerOptions): Promise<ServerHandle>;

/** `node connectors/telegram/dist/stand-in/main.js` with its port and host set; resolves once `/stand-in/health` is 200. */
export declare function startTelegramStandIn(options: ServerOptions): Promise<ServerHandle>;

/** `node engine/dist/main.js` with HOST/PORT set; resolves once `/health` is 200. */
export declare function startEngine(options: ServerOptions): Promise<ServerHandle>;

/** Runs an operator command (`engine/dist/cli/main.js <args> --json`) and resolves with its parsed output. */
export declare function runEngineCli(
  args: string[],
  options?: { env?: Record<string, string | number | undefined>; cwd?: string },
): Promise<unknown>;

/** The sandbox's Meta app and the WhatsApp Business Account its first number belongs to. */
export declare const sandboxIds: { appId: string; wabaId: string; phoneNumberId: string };
export declare const demoAdminEmail: string;

/** What the engine needs to use a running sandbox as its Meta: Graph API, app and Embedded Signup. */
export declare function sandboxEngineEnv(options: {
  sandboxUrl: string;
  appId: string;
  appSecret: string;
  verifyToken: string;
}): Record<string, string>;

/** The demo organisation of sandbox mode (`parley demo-seed`); resolves with the command's JSON answer. */
export declare function seedDemo(options: {
  env: Record<string, string | number | undefined>;
  cwd?: string;
  wabaId: string;
  phoneNumberId: string;
  accessToken: string;
  botToken?: string | undefined;
}): Promise<unknown>;
