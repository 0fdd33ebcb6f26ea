import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  runEngineCli,
  sandboxEngineEnv,
  sandboxIds,
  seedDemo,
  startEngine,
  startSandbox,
  startTelegramStandIn,
  startTemporal,
  type ServerHandle,
  type StackOutput,
  type TemporalHandle,
} from '../../../scripts/stack.mjs';
import { supervise, type Supervised } from '../../../scripts/supervise.mjs';

export interface StackSecrets {
  appSecret: string;
  accessToken: string;
  verifyToken: string;
}

/** The demo organisation's admin, made by the same command `npm start` uses. */
export interface StackAdmin {
  email: string;
  password: string;
  organisationId: string;
}

export interface StackOptions {
  /**
   * Where the children's output goes: 'files' (default: `<dataDir>/logs/<name>.log`), 'inherit' or
   * 'silent'. `PARLEY_STACK_OUTPUT` overrides it.
   */
  output?: 'files' | 'inherit' | 'silent';
  /** Engine LOG_LEVEL, default 'info'. */
  engineLogLevel?: string;
  /** SANDBOX_STATUS_DELAYS_MS (sent,delivered,read), default the sandbox's own. */
  statusDelaysMs?: string;
  phoneNumberId?: string;
  taskQueue?: string;
  /** Keep the temporary data directory after stop(); `PARLEY_KEEP_DATA=1` does the same. */
  keepData?: boolean;
  /** Also run the Telegram Bot API stand-in and configure the engine's Telegram channel. */
  telegram?: boolean;
  /** SANDBOX_THROUGHPUT_PER_SECOND; default the sandbox's own (Meta's default, 80). */
  sandboxThroughputPerSecond?: number;
  /** More sandbox environment (SANDBOX_TEMPLATE_REVIEW_MS, …). */
  sandboxEnv?: Record<string, string | undefined>;
  /** More engine environment (SMTP_URL, …). */
  engineEnv?: Record<string, string | undefined>;
  /** Run Temporal as `npm start` does: started again whenever it dies. */
  supervisedTemporal?: boolean;
}

export interface TelegramStack {
  readonly standIn: ServerHandle;
  readonly botToken: string;
}

export interface Stack {
  readonly engine: ServerHandle;
  readonly sandbox: ServerHandle;
  readonly telegram: TelegramStack | undefined;
  /** The current Temporal server (replaced by restartTemporal()). */
  readonly temporal: TemporalHandle;
  readonly temporalAddress: string;
  readonly secrets: StackSecrets;
  readonly admin: StackAdmin;
  readonly phoneNumberId: string;
  readonly wabaId: string;
  readonly taskQueue: string;
  readonly dataDir: string;
  /** The engine's DATA_DIR (its SQLite database `parley.db` and WAL `parley.db-wal` unless on PostgreSQL). */
  readonly engineDataDir: string;
  /** The engine's PostgreSQL database in the PostgreSQL lane; undefined on SQLite (in `dataDir/engine`). */
  readonly databaseUrl: string | undefined;
  /** Stops the Temporal dev server, keeping its database file. */
  stopTemporal(): Promise<void>;
  /** Starts Temporal again on the same port and database file. */
  restartTemporal(): Promise<void>;
  /** The last output lines of every child, for failure reports. */
  recentOutput(lines?: number): string;
  /** Runs an operator command (`npm run parley -- …`) against this stack's database. */
  cli(args: string[]): Promise<unknown>;
  /** Stops engine, sandbox and Temporal and removes the data directory. Idempotent. */
  stop(): Promise<void>;
}

/**
 * The engine's database: SQLite in the data directory, or — in the PostgreSQL lane — a database of
 * this stack's own on the lane's server (stacks never share one: each makes its own organisation).
 */
function engineDatabase(): { url: string | undefined; drop: () => void } {
  const server = process.env.PARLEY_TEST_DATABASE_URL;
  if (!server) return { url: undefined, drop: () => {} };
  const name = `parley_e2e_${randomBytes(6).toString('hex')}`;
  execFileSync('psql', [server, '-qc', `create database ${name}`]);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => execFileSync('psql', [server, '-qc', `drop database if exists ${name} with (force)`]),
  };
}

/**
 * Boots a private Parley stack — Temporal dev server, WhatsApp sandbox and engine — on free ports
 * with a fresh temporary data directory and random shared secrets, and the demo organisation
 * `npm start` makes: its admin, the sandbox's number (and bot) connected.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-stack-'));
  const mode = parseOutput(process.env.PARLEY_STACK_OUTPUT) ?? options.output ?? 'files';
  const outputFor = (name: string): StackOutput =>
    mode === 'files' ? join(dataDir, 'logs', `${name}.log`) : mode;
  const keepData = options.keepData ?? process.env.PARLEY_KEEP_DATA === '1';

  const secrets: StackSecrets = {
    appSecret: randomBytes(24).toString('hex'),
    accessToken: `EAA${randomBytes(24).toString('hex')}`,
    verifyToken: randomBytes(12).toString('hex'),
  };
  const phoneNumberId = options.phoneNumberId ?? sandboxIds.phoneNumberId;
  const { wabaId, appId } = sandboxIds;
  const taskQueue = options.taskQueue ?? 'parley';
  const [temporalPort, sandboxPort, enginePort] = [await freePort(), await freePort(), await freePort()];
  const temporalOptions = {
    port: temporalPort,
    dbFile: join(dataDir, 'temporal.db'),
    output: outputFor('temporal'),
  };

  const started: {
    temporal?: TemporalHandle;
    sandbox?: ServerHandle;
    engine?: ServerHandle;
    telegram?: ServerHandle;
  } = {};
  const botToken = `${7_000_000_000 + Math.floor(Math.random() * 1_000_000)}:${randomBytes(27).toString('base64url')}`;
  let admin: StackAdmin | undefined;
  const database = engineDatabase();
  let cliEnv: Record<string, string | undefined> = {};
  let engineDataDir = join(dataDir, 'engine');
  let supervisedTemporal: Supervised<TemporalHandle> | undefined;
  const launchTemporal = () => {
    if (!options.supervisedTemporal) return startTemporal(temporalOptions);
    supervisedTemporal = supervise('temporal', () => startTemporal(temporalOptions), { minDelayMs: 500 });
    return supervisedTemporal.ready;
  };
  let stopping: Promise<void> | undefined;
  const stopAll = (): Promise<void> =>
    (stopping ??= (async () => {
      await started.engine?.stop();
      await started.sandbox?.stop();
      await started.telegram?.stop();
      await (supervisedTemporal ?? started.temporal)?.stop();
      database.drop();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    })());

  try {
    const sandboxEnv = {
      SANDBOX_WEBHOOK_URL: `http://127.0.0.1:${enginePort}/webhooks/whatsapp`,
      WHATSAPP_APP_SECRET: secrets.appSecret,
      WHATSAPP_ACCESS_TOKEN: secrets.accessToken,
      WHATSAPP_PHONE_NUMBER_ID: phoneNumberId,
      WHATSAPP_BUSINESS_ACCOUNT_ID: wabaId,
      WHATSAPP_APP_ID: appId,
      SANDBOX_STATUS_DELAYS_MS: options.statusDelaysMs,
      SANDBOX_THROUGHPUT_PER_SECOND: options.sandboxThroughputPerSecond,
      // Tests and benchmarks also post customer webhooks straight to the engine, as Meta does for
      // customers writing from their phones; the sandbox has not seen those customers write.
      SANDBOX_ASSUME_OPEN_WINDOW: 'true',
      ...options.sandboxEnv,
    };
    // Both are started together; wait for both to settle so a failure never leaves the other running.
    const [temporalResult, sandboxResult] = await Promise.allSettled([
      launchTemporal().then((handle) => (started.temporal = handle)),
      startSandbox({ port: sandboxPort, env: sandboxEnv, output: outputFor('sandbox') }).then(
        (handle) => (started.sandbox = handle),
      ),
    ]);
    if (temporalResult.status === 'rejected') throw temporalResult.reason;
    if (sandboxResult.status === 'rejected') throw sandboxResult.reason;
    const temporal = temporalResult.value;
    const sandbox = sandboxResult.value;
    const engineEnv: Record<string, string | undefined> = {
      DATA_DIR: join(dataDir, 'engine'),
      // SQLite in the data directory unless a test lane asks for PostgreSQL; never the shell's database.
      DATABASE_URL: database.url,
      PARLEY_ROLES: undefined,
      PUBLIC_URL: `http://127.0.0.1:${enginePort}`,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: taskQueue,
      WHATSAPP_GRAPH_VERSION: 'v23.0',
      ...sandboxEngineEnv({
        sandboxUrl: sandbox.url,
        appId,
        appSecret: secrets.appSecret,
        verifyToken: secrets.verifyToken,
      }),
      LOG_LEVEL: options.engineLogLevel ?? 'info',
      ...options.engineEnv,
    };
    engineDataDir = engineEnv.DATA_DIR ?? engineDataDir;
    if (options.telegram) {
      started.telegram = await startTelegramStandIn({
        port: await freePort(),
        output: outputFor('telegram'),
        env: { TELEGRAM_BOT_TOKEN: botToken },
      });
      engineEnv.TELEGRAM_API_BASE_URL = started.telegram.url;
    }
    // In the data directory: the operator command loads a `.env` beside it, and the developer's
    // own `.env` (their database, their key) must never reach a test stack.
    const seeded = (await seedDemo({
      env: engineEnv,
      cwd: dataDir,
      wabaId,
      phoneNumberId,
      accessToken: secrets.accessToken,
      botToken: options.telegram ? botToken : undefined,
    })) as { created: boolean; email: string; password: string; organisationId: string };
    if (!seeded.created) throw new Error('startStack: the fresh database already had an organisation');
    admin = { email: seeded.email, password: seeded.password, organisationId: seeded.organisationId };
    cliEnv = { ...engineEnv, LOG_LEVEL: 'warn' };
    started.engine = await startEngine({ port: enginePort, env: engineEnv, output: outputFor('engine') });
  } catch (error) {
    await stopAll().catch(() => {});
    throw error;
  }
  const { engine, sandbox } = started;
  if (!engine || !sandbox || !started.temporal || !admin)
    throw new Error('startStack: a process handle is missing');
  let temporal: TemporalHandle = started.temporal;

  const telegramStandIn = started.telegram;
  return {
    engine,
    sandbox,
    telegram: telegramStandIn ? { standIn: telegramStandIn, botToken } : undefined,
    get temporal() {
      return supervisedTemporal?.current ?? temporal;
    },
    temporalAddress: temporal.address,
    secrets,
    admin,
    phoneNumberId,
    wabaId,
    taskQueue,
    dataDir,
    engineDataDir,
    databaseUrl: database.url,
    async stopTemporal() {
      if (supervisedTemporal) throw new Error('stopTemporal: this stack restarts Temporal itself');
      await temporal.stop();
    },
    async restartTemporal() {
      if (supervisedTemporal) throw new Error('restartTemporal: this stack restarts Temporal itself');
      await temporal.stop();
      temporal = await startTemporal(temporalOptions);
      started.temporal = temporal;
    },
    recentOutput(lines = 40) {
      const currentTemporal = supervisedTemporal?.current ?? temporal;
      return [engine, sandbox, currentTemporal, ...(telegramStandIn ? [telegramStandIn] : [])]
        .map(
          (child) => `--- ${child.name} (last ${lines} lines) ---\n${child.recentOutput(lines).join('\n')}`,
        )
        .join('\n');
    },
    cli: (args) => runEngineCli(args, { env: cliEnv, cwd: dataDir }),
    stop: stopAll,
  };
}

function parseOutput(value: string | undefined): StackOptions['output'] | undefined {
  return value === 'files' || value === 'inherit' || value === 'silent' ? value : undefined;
}
