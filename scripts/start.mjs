// `npm start`: builds what changed, then runs Parley on this machine — the Temporal dev server
// (unless TEMPORAL_ADDRESS is set), the WhatsApp Cloud API sandbox (unless Meta credentials are
// configured), the Telegram Bot API stand-in (unless a bot token is configured) and the engine
// (API, worker, scheduler) on SQLite, serving the web app.
// Ctrl+C stops every child. Runs under scripts/with-toolchain.sh (Node 24 and the tools on PATH).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, startEngine, startSandbox, startTelegramStandIn, startTemporal } from './stack.mjs';

const envFile = join(repoRoot, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);
const env = process.env;

const dataDir = resolve(repoRoot, env.DATA_DIR ?? '.data');
const host = env.HOST ?? '127.0.0.1';
const port = Number(env.PORT ?? 3000);
const useSandbox = !env.WHATSAPP_ACCESS_TOKEN;
const useTelegramStandIn = !env.TELEGRAM_BOT_TOKEN;
const useEmbeddedTemporal = !env.TEMPORAL_ADDRESS;
const children = [];
let stopping = false;

function log(message) {
  process.stdout.write(`\x1b[36m[parley]\x1b[0m ${message}\n`);
}

/**
 * Full logs go to .data/logs/<name>.log; the terminal shows a child's warnings, errors and any
 * line that is not a structured log.
 */
function logging(name) {
  return {
    output: join(dataDir, 'logs', `${name}.log`),
    onLine(line) {
      let level;
      try {
        level = JSON.parse(line).level;
      } catch {
        level = 'warn';
      }
      if (['warn', 'error', 'fatal'].includes(level)) process.stderr.write(`[${name}] ${line}\n`);
    },
  };
}

/** Credentials of the stand-ins, made once and kept in the data folder so restarts keep working. */
function sandboxCredentials() {
  const file = join(dataDir, 'sandbox-credentials.json');
  const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secret = () => randomBytes(24).toString('base64url');
  const credentials = {
    WHATSAPP_ACCESS_TOKEN: `sandbox-${secret()}`,
    WHATSAPP_APP_SECRET: secret(),
    WHATSAPP_VERIFY_TOKEN: secret(),
    WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
    TELEGRAM_BOT_TOKEN: `${7_000_000_000 + randomBytes(3).readUIntBE(0, 3)}:${randomBytes(27).toString('base64url')}`,
    TELEGRAM_WEBHOOK_SECRET: secret(),
    ...kept,
  };
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  for (const child of [...children].reverse()) await child.stop();
  process.exit(code);
}

async function main() {
  log('building (cached when nothing changed)…');
  execFileSync('nx', ['run-many', '-t', 'build', '--output-style=static'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  mkdirSync(dataDir, { recursive: true });

  let temporalAddress = env.TEMPORAL_ADDRESS;
  let temporalUi = env.TEMPORAL_UI_URL;
  if (useEmbeddedTemporal) {
    log('starting the Temporal dev server…');
    const temporal = await startTemporal({
      port: Number(env.TEMPORAL_PORT ?? 7233),
      uiPort: Number(env.TEMPORAL_UI_PORT ?? 8233),
      dbFile: join(dataDir, 'temporal.db'),
      logDir: join(dataDir, 'logs'),
      timeoutMs: 60_000,
    });
    children.push(temporal);
    temporalAddress = temporal.address;
    temporalUi = temporal.uiUrl;
  }

  const credentials = useSandbox || useTelegramStandIn ? sandboxCredentials() : {};
  const whatsapp = useSandbox
    ? Object.fromEntries(Object.entries(credentials).filter(([key]) => key.startsWith('WHATSAPP_')))
    : {};
  let sandboxUrl;
  if (useSandbox) {
    log('starting the WhatsApp Cloud API sandbox…');
    const sandbox = await startSandbox({
      port: Number(env.SANDBOX_PORT ?? 3100),
      ...logging('sandbox'),
      env: { ...whatsapp, SANDBOX_WEBHOOK_URL: `http://${host}:${port}/webhooks/whatsapp` },
    });
    children.push(sandbox);
    sandboxUrl = sandbox.url;
  }

  let telegram = {};
  let telegramUrl;
  if (useTelegramStandIn) {
    log('starting the Telegram Bot API stand-in…');
    const standIn = await startTelegramStandIn({
      port: Number(env.TELEGRAM_STAND_IN_PORT ?? 3101),
      ...logging('telegram'),
      env: {
        TELEGRAM_BOT_TOKEN: credentials.TELEGRAM_BOT_TOKEN,
        TELEGRAM_WEBHOOK_SECRET: credentials.TELEGRAM_WEBHOOK_SECRET,
        TELEGRAM_STAND_IN_WEBHOOK_URL: `http://${host}:${port}/webhooks/telegram`,
      },
    });
    children.push(standIn);
    telegramUrl = standIn.url;
    telegram = {
      TELEGRAM_BOT_TOKEN: credentials.TELEGRAM_BOT_TOKEN,
      TELEGRAM_WEBHOOK_SECRET: credentials.TELEGRAM_WEBHOOK_SECRET,
      TELEGRAM_API_BASE_URL: standIn.url,
    };
  }

  log('starting the engine…');
  const engine = await startEngine({
    port,
    host,
    timeoutMs: 60_000,
    ...logging('engine'),
    env: {
      ...whatsapp,
      ...telegram,
      DATA_DIR: dataDir,
      TEMPORAL_ADDRESS: temporalAddress,
      ...(useSandbox ? { WHATSAPP_API_BASE_URL: sandboxUrl } : {}),
    },
  });
  children.push(engine);

  for (const child of children) {
    child.exited.then(({ code, signal }) => {
      if (stopping) return;
      log(`${child.name} exited unexpectedly (${signal ?? `code ${code}`}); stopping the rest`);
      void stopAll(1);
    });
  }

  log('Parley is running:');
  log(`  web app        ${engine.url}/`);
  log(`  API docs       ${engine.url}/api/docs`);
  if (temporalUi) log(`  Temporal UI    ${temporalUi}`);
  if (sandboxUrl) {
    log(`  sandbox        ${sandboxUrl} (WhatsApp Cloud API stand-in)`);
    log('  send a message as a customer:');
    log(`    curl -X POST ${sandboxUrl}/sandbox/customers/819012345678/messages \\`);
    log(`      -H 'content-type: application/json' -d '{"text":"こんにちは","name":"Sato Hanako"}'`);
  }
  if (telegramUrl) {
    log(`  Telegram       ${telegramUrl} (Bot API stand-in)`);
    log(`    curl -X POST ${telegramUrl}/stand-in/chats/424242/messages \\`);
    log(`      -H 'content-type: application/json' -d '{"text":"Hello","firstName":"Yuki"}'`);
  }
  log(`Logs are in ${join(dataDir, 'logs')}. Press Ctrl+C to stop.`);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
});
