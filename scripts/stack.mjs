// The one launcher for Parley's processes: the Temporal dev server, the WhatsApp sandbox and the
// engine. `npm start` and the end-to-end tests and benchmarks both use it, so "how Parley runs"
// is written down once. Plain ESM with no dependencies (types in stack.d.mts).
//
// Each start* function spawns the child, waits until it answers (health endpoint or API), and
// returns a handle whose stop() sends SIGTERM and, after a grace period, SIGKILL.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const paths = Object.freeze({
  temporal: process.env.PARLEY_TEMPORAL_CLI || join(repoRoot, '.tools/temporal/bin/temporal'),
  engineMain: join(repoRoot, 'engine/dist/main.js'),
  engineCli: join(repoRoot, 'engine/dist/cli/main.js'),
  sandboxMain: join(repoRoot, 'connectors/whatsapp/dist/sandbox/main.js'),
  telegramStandInMain: join(repoRoot, 'connectors/telegram/dist/stand-in/main.js'),
});

const LOOPBACK = '127.0.0.1';
const handedOut = new Set();

/**
 * Below the range the kernel picks ports from for outgoing connections and `listen(0)`: a port
 * chosen there stays free until its server binds it, however long the stack takes to boot.
 */
export function ephemeralRangeStart() {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    const start = Number(low);
    return Number.isInteger(start) && start > 12_000 ? start : 32_768;
  } catch {
    return 32_768; // Linux's default
  }
}

const canListen = (port, host) =>
  new Promise((answer) => {
    const server = createServer();
    server.unref();
    server.once('error', () => answer(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => answer(true)));
  });

/**
 * A TCP port that is free right now on `host`, picked at random below the ephemeral range (so no
 * outgoing connection or other `listen(0)` takes it meanwhile). Ports handed out by this process
 * are never handed out twice, so several servers can be given ports before any of them binds.
 */
export async function freePort(host = LOOPBACK) {
  const low = 10_000;
  const high = ephemeralRangeStart() - 1;
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (handedOut.has(port)) continue;
    handedOut.add(port); // before the check, so a concurrent call cannot pick it too
    if (await canListen(port, host)) return port;
    handedOut.delete(port);
  }
  throw new Error(`freePort: could not find an unused port on ${host}`);
}

/** Starts `temporal server start-dev` and waits until the `default` namespace answers. */
export async function startTemporal(options) {
  const { port, dbFile } = options;
  if (!Number.isInteger(port) || port <= 0) throw new Error('startTemporal: `port` is required');
  if (!dbFile) throw new Error('startTemporal: `dbFile` is required');
  const ip = options.ip ?? LOOPBACK;
  const namespace = options.namespace ?? 'default';
  const httpPort = options.httpPort ?? (await freePort(ip));
  const metricsPort = options.metricsPort ?? (await freePort(ip));
  mkdirSync(dirname(resolve(dbFile)), { recursive: true });
  const args = ['server', 'start-dev', '--ip', ip, '--port', String(port)];
  args.push('--http-port', String(httpPort), '--metrics-port', String(metricsPort));
  if (options.uiPort === undefined || options.uiPort === null) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort), '--ui-disable-news-fetch');
  args.push('--db-filename', resolve(dbFile), '--log-level', options.logLevel ?? 'warn');
  for (const pragma of options.sqlitePragmas ?? ['journal_mode=wal', 'synchronous=normal']) {
    args.push('--sqlite-pragma', pragma);
  }
  if (namespace !== 'default') args.push('--namespace', namespace);
  args.push(...(options.extraArgs ?? []));

  const output = options.output ?? (options.logDir ? join(options.logDir, 'temporal.log') : 'silent');
  const address = `${ip}:${port}`;
  // The server yields the CPU to Parley's processes when both want it: webhook acknowledgements
  // must never wait on Temporal, and under load Temporal's work is the part that can queue.
  const child = launch('temporal', paths.temporal, args, { niceness: 5, ...options, output });
  const namespaceUrl = `http://${ip}:${httpPort}/api/v1/namespaces/${encodeURIComponent(namespace)}`;
  await child.waitUntil(async () => (await tcpOpen(ip, port)) && (await httpOk(namespaceUrl)), {
    what: `Temporal at ${address}`,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  return child.handle({
    address,
    url: `http://${ip}:${httpPort}`,
    uiUrl: options.uiPort ? `http://${ip}:${options.uiPort}` : undefined,
    port,
    httpPort,
    metricsPort,
    dbFile: resolve(dbFile),
    namespace,
  });
}

/** Starts the WhatsApp Cloud API sandbox and waits until `GET /sandbox/health` answers 200. */
export async function startSandbox(options) {
  const { port } = options;
  if (!Number.isInteger(port) || port <= 0) throw new Error('startSandbox: `port` is required');
  const host = options.host ?? LOOPBACK;
  const env = { ...options.env, SANDBOX_PORT: String(port), SANDBOX_HOST: host };
  const child = launch('sandbox', process.execPath, [paths.sandboxMain], { ...options, env });
  const url = `http://${host}:${port}`;
  await child.waitUntil(() => httpOk(`${url}/sandbox/health`), {
    what: `the WhatsApp sandbox at ${url}`,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  return child.handle({ url, port });
}

/** Starts the Telegram Bot API stand-in and waits until `GET /stand-in/health` answers 200. */
export async function startTelegramStandIn(options) {
  const { port } = options;
  if (!Number.isInteger(port) || port <= 0) throw new Error('startTelegramStandIn: `port` is required');
  const host = options.host ?? LOOPBACK;
  const env = { ...options.env, TELEGRAM_STAND_IN_PORT: String(port), TELEGRAM_STAND_IN_HOST: host };
  const child = launch('telegram', process.execPath, [paths.telegramStandInMain], { ...options, env });
  const url = `http://${host}:${port}`;
  await child.waitUntil(() => httpOk(`${url}/stand-in/health`), {
    what: `the Telegram stand-in at ${url}`,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  return child.handle({ url, port });
}

/** Starts the engine and waits until `GET /health` answers 200. */
export async function startEngine(options) {
  const { port } = options;
  if (!Number.isInteger(port) || port <= 0) throw new Error('startEngine: `port` is required');
  const host = options.host ?? LOOPBACK;
  const env = { ...options.env, HOST: host, PORT: String(port) };
  const child = launch('engine', process.execPath, [paths.engineMain], { ...options, env });
  const url = `http://${host}:${port}`;
  await child.waitUntil(() => httpOk(`${url}/health`), {
    what: `the engine at ${url}`,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  return child.handle({ url, port });
}

/**
 * Runs one of the engine's operator commands (`npm run parley -- …`) with `--json` and resolves
 * with what it printed, parsed; rejects with its error output when it fails.
 */
export async function runEngineCli(args, options = {}) {
  const env = { ...process.env, ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined || value === null) delete env[key];
  const child = spawn(process.execPath, [paths.engineCli, ...args, '--json'], {
    cwd: options.cwd ?? repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((done) => child.once('close', done));
  if (code !== 0)
    throw new Error(`parley ${args[0]} failed (exit ${code}): ${stderr.trim() || stdout.trim()}`);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null');
}

/** The sandbox's Meta app and the WhatsApp Business Account its first number belongs to. */
export const sandboxIds = {
  appId: '100000000000900',
  wabaId: '100000000000000',
  phoneNumberId: '100000000000001',
};
export const demoAdminEmail = 'admin@parley-demo.test';

/** What the engine needs to use a running sandbox as its Meta: Graph API, app and Embedded Signup. */
export function sandboxEngineEnv({ sandboxUrl, appId, appSecret, verifyToken }) {
  return {
    WHATSAPP_API_BASE_URL: sandboxUrl,
    WHATSAPP_APP_ID: appId,
    WHATSAPP_APP_SECRET: appSecret,
    WHATSAPP_VERIFY_TOKEN: verifyToken,
    WHATSAPP_SIGNUP_URL: `${sandboxUrl}/sandbox/embedded-signup`,
  };
}

/**
 * The demo organisation of sandbox mode (`parley demo-seed`): its admin, the sandbox's number and,
 * given a bot token, the stand-in's bot. Tokens travel in the environment, never on the command line.
 */
export function seedDemo({ env, cwd, wabaId, phoneNumberId, accessToken, botToken }) {
  return runEngineCli(
    [
      'demo-seed',
      '--admin-email',
      demoAdminEmail,
      '--whatsapp-waba-id',
      wabaId,
      '--whatsapp-phone-number-id',
      phoneNumberId,
    ],
    {
      cwd,
      env: {
        ...env,
        LOG_LEVEL: 'warn',
        PARLEY_DEMO_WHATSAPP_ACCESS_TOKEN: accessToken,
        ...(botToken ? { PARLEY_DEMO_TELEGRAM_BOT_TOKEN: botToken } : {}),
      },
    },
  );
}

// ---------------------------------------------------------------------------------------------

const RECENT_LINES = 200;
const live = new Set();
let exitHookInstalled = false;

/** Last resort: if this process exits without stopping its children, do not leave them behind. */
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

function launch(name, command, args, options) {
  const env = options.inheritEnv === false ? { ...options.env } : { ...process.env, ...options.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || value === null) delete env[key];
    else env[key] = String(value);
  }
  const child = spawn(command, args, {
    cwd: options.cwd ?? repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (options.niceness && child.pid) setPriority(child.pid, options.niceness);
  installExitHook();
  live.add(child);

  const recent = [];
  const sink = openSink(name, options.output ?? 'inherit');
  let exitInfo;
  const exited = new Promise((resolveExit) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      live.delete(child);
      resolveExit(exitInfo);
    });
    child.once('error', (error) => {
      exitInfo = { code: null, signal: null, error };
      live.delete(child);
      resolveExit(exitInfo);
    });
  });
  // Close the sink only after both pipes have drained, or the last lines would be lost.
  const closed = new Promise((resolveClosed) => child.once('close', resolveClosed));
  const streamDone = [forward(child.stdout, 'stdout'), forward(child.stderr, 'stderr')];
  void Promise.all([closed, ...streamDone]).then(() => sink.close());

  function forward(stream, kind) {
    return new Promise((done) => {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) emit(line, kind);
      });
      stream.on('end', () => {
        if (partial) emit(partial, kind);
        done();
      });
      stream.on('error', () => done());
    });
  }
  function emit(line, kind) {
    const clean = line.replace(/\r$/, '');
    recent.push(`${kind === 'stderr' ? '!' : ' '} ${clean}`);
    if (recent.length > RECENT_LINES) recent.shift();
    sink.write(clean, kind);
    options.onLine?.(clean, kind);
  }

  function describeExit() {
    if (!exitInfo) return 'still running';
    if (exitInfo.error) return `failed to spawn (${exitInfo.error.message})`;
    return exitInfo.signal ? `killed by ${exitInfo.signal}` : `exited with code ${exitInfo.code}`;
  }
  function tail(count = 30) {
    return recent.slice(-count);
  }
  function failure(message) {
    const lines = tail(30);
    const shown = lines.length
      ? `\n--- last ${lines.length} output lines of ${name} ---\n${lines.join('\n')}`
      : '';
    return new Error(`${message}${shown}`);
  }

  async function waitUntil(probe, { what, timeoutMs, intervalMs = 100 }) {
    const started = Date.now();
    const commandLine = [command, ...args].join(' ');
    while (true) {
      if (exitInfo) {
        throw failure(
          `${what} did not come up: ${name} ${describeExit()} before it was ready.\n  command: ${commandLine}`,
        );
      }
      let ready = false;
      try {
        ready = await probe();
      } catch {
        ready = false;
      }
      if (ready) return;
      if (Date.now() - started > timeoutMs) {
        await stop(child, options.graceMs ?? 5_000, exited);
        throw failure(
          `${what} was not ready within ${timeoutMs} ms (so it was stopped).\n  command: ${commandLine}`,
        );
      }
      await Promise.race([sleep(intervalMs), exited]);
    }
  }

  function handle(extra) {
    let stopping;
    return {
      ...extra,
      name,
      process: child,
      pid: child.pid,
      exited,
      recentOutput: tail,
      stop() {
        stopping ??= stop(child, options.graceMs ?? 10_000, exited).then(async () => {
          await Promise.race([Promise.all(streamDone), sleep(1_000)]);
        });
        return stopping;
      },
    };
  }

  return { waitUntil, handle };
}

async function stop(child, graceMs, exited) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) {
    await exited;
    return;
  }
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

function openSink(name, output) {
  if (output === 'silent') return { write() {}, close() {} };
  if (output === 'inherit') {
    const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
    const prefix = useColor ? `\u001b[2m[${name}]\u001b[0m ` : `[${name}] `;
    return {
      write(line, kind) {
        (kind === 'stderr' ? process.stderr : process.stdout).write(`${prefix}${line}\n`);
      },
      close() {},
    };
  }
  mkdirSync(dirname(resolve(output)), { recursive: true });
  const file = createWriteStream(resolve(output), { flags: 'a' });
  file.on('error', () => {});
  return {
    write(line) {
      file.write(`${line}\n`);
    },
    close() {
      file.end();
    },
  };
}

function tcpOpen(host, port) {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

async function httpOk(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  await response.body?.cancel();
  return response.status === 200;
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}
