import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  startEngine,
  startSandbox,
  startTelegramStandIn,
  startTemporal,
  type ServerHandle,
  type StackOutput,
  type TemporalHandle,
} from '../../../scripts/stack.mjs';

export interface StackSecrets {
  appSecret: string;
  accessToken: string;
  verifyToken: string;
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
}

export interface TelegramStack {
  readonly standIn: ServerHandle;
  readonly botToken: string;
  readonly webhookSecret: string;
}

export interface Stack {
  readonly engine: ServerHandle;
  readonly sandbox: ServerHandle;
  readonly telegram: TelegramStack | undefined;
  /** The current Temporal server (replaced by restartTemporal()). */
  readonly temporal: TemporalHandle;
  readonly temporalAddress: string;
  readonly secrets: StackSecrets;
  readonly phoneNumberId: string;
  readonly taskQueue: string;
  readonly dataDir: string;
  /** Stops the Temporal dev server, keeping its database file. */
  stopTemporal(): Promise<void>;
  /** Starts Temporal again on the same port and database file. */
  restartTemporal(): Promise<void>;
  /** The last output lines of every child, for failure reports. */
  recentOutput(lines?: number): string;
  /** Stops engine, sandbox and Temporal and removes the data directory. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Boots a private Parley stack — Temporal dev server, WhatsApp sandbox and engine — on free ports
 * with a fresh temporary data directory and random shared secrets.
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
  const phoneNumberId = options.phoneNumberId ?? '100000000000001';
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
  const telegramSecrets = {
    botToken: `${7_000_000_000 + Math.floor(Math.random() * 1_000_000)}:${randomBytes(27).toString('base64url')}`,
    webhookSecret: randomBytes(16).toString('hex'),
  };
  let stopping: Promise<void> | undefined;
  const stopAll = (): Promise<void> =>
    (stopping ??= (async () => {
      await started.engine?.stop();
      await started.sandbox?.stop();
      await started.telegram?.stop();
      await started.temporal?.stop();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    })());

  try {
    const sandboxEnv = {
      SANDBOX_WEBHOOK_URL: `http://127.0.0.1:${enginePort}/webhooks/whatsapp`,
      WHATSAPP_APP_SECRET: secrets.appSecret,
      WHATSAPP_ACCESS_TOKEN: secrets.accessToken,
      WHATSAPP_PHONE_NUMBER_ID: phoneNumberId,
      SANDBOX_STATUS_DELAYS_MS: options.statusDelaysMs,
      SANDBOX_THROUGHPUT_PER_SECOND: options.sandboxThroughputPerSecond,
      // Tests and benchmarks also post customer webhooks straight to the engine, as Meta does for
      // customers writing from their phones; the sandbox has not seen those customers write.
      SANDBOX_ASSUME_OPEN_WINDOW: 'true',
    };
    // Both are started together; wait for both to settle so a failure never leaves the other running.
    const [temporalResult, sandboxResult] = await Promise.allSettled([
      startTemporal(temporalOptions).then((handle) => (started.temporal = handle)),
      startSandbox({ port: sandboxPort, env: sandboxEnv, output: outputFor('sandbox') }).then(
        (handle) => (started.sandbox = handle),
      ),
    ]);
    if (temporalResult.status === 'rejected') throw temporalResult.reason;
    if (sandboxResult.status === 'rejected') throw sandboxResult.reason;
    const temporal = temporalResult.value;
    const sandbox = sandboxResult.value;
    const telegramEnv: Record<string, string | undefined> = {};
    if (options.telegram) {
      started.telegram = await startTelegramStandIn({
        port: await freePort(),
        output: outputFor('telegram'),
        env: {
          TELEGRAM_BOT_TOKEN: telegramSecrets.botToken,
          TELEGRAM_WEBHOOK_SECRET: telegramSecrets.webhookSecret,
          TELEGRAM_STAND_IN_WEBHOOK_URL: `http://127.0.0.1:${enginePort}/webhooks/telegram`,
        },
      });
      Object.assign(telegramEnv, {
        TELEGRAM_API_BASE_URL: started.telegram.url,
        TELEGRAM_BOT_TOKEN: telegramSecrets.botToken,
        TELEGRAM_WEBHOOK_SECRET: telegramSecrets.webhookSecret,
      });
    }
    const engineEnv = {
      DATA_DIR: join(dataDir, 'engine'),
      // SQLite in the data directory unless a test lane asks for PostgreSQL; never the shell's database.
      DATABASE_URL: process.env.PARLEY_TEST_DATABASE_URL,
      PARLEY_ROLES: undefined,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: taskQueue,
      WHATSAPP_API_BASE_URL: sandbox.url,
      WHATSAPP_GRAPH_VERSION: 'v23.0',
      WHATSAPP_ACCESS_TOKEN: secrets.accessToken,
      WHATSAPP_APP_SECRET: secrets.appSecret,
      WHATSAPP_VERIFY_TOKEN: secrets.verifyToken,
      WHATSAPP_PHONE_NUMBER_ID: phoneNumberId,
      LOG_LEVEL: options.engineLogLevel ?? 'info',
      ...telegramEnv,
    };
    started.engine = await startEngine({ port: enginePort, env: engineEnv, output: outputFor('engine') });
  } catch (error) {
    await stopAll().catch(() => {});
    throw error;
  }
  const { engine, sandbox } = started;
  if (!engine || !sandbox || !started.temporal) throw new Error('startStack: a process handle is missing');
  let temporal: TemporalHandle = started.temporal;

  const telegramStandIn = started.telegram;
  return {
    engine,
    sandbox,
    telegram: telegramStandIn ? { standIn: telegramStandIn, ...telegramSecrets } : undefined,
    get temporal() {
      return temporal;
    },
    temporalAddress: temporal.address,
    secrets,
    phoneNumberId,
    taskQueue,
    dataDir,
    stopTemporal: () => temporal.stop(),
    async restartTemporal() {
      await temporal.stop();
      temporal = await startTemporal(temporalOptions);
      started.temporal = temporal;
    },
    recentOutput(lines = 40) {
      return [engine, sandbox, temporal, ...(telegramStandIn ? [telegramStandIn] : [])]
        .map(
          (child) => `--- ${child.name} (last ${lines} lines) ---\n${child.recentOutput(lines).join('\n')}`,
        )
        .join('\n');
    },
    stop: stopAll,
  };
}

function parseOutput(value: string | undefined): StackOptions['output'] | undefined {
  return value === 'files' || value === 'inherit' || value === 'silent' ? value : undefined;
}
