// `npm start`: builds what changed, then runs Parley on this machine — the Temporal dev server
// (unless TEMPORAL_ADDRESS is set), the WhatsApp Cloud API sandbox (unless a Meta app is
// configured), the Telegram Bot API stand-in and the engine (API, worker, scheduler) on SQLite,
// serving the web app. In sandbox mode a demo organisation is made on the first run, with its
// admin (the password is printed once) and the sandbox's number and bot connected.
// Every child that exits is started again with backoff; Ctrl+C stops them all.
// Runs under scripts/with-toolchain.sh (Node 24 and the tools on PATH).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  demoAdminEmail,
  repoRoot,
  sandboxEngineEnv,
  sandboxIds,
  seedDemo,
  startEngine,
  startSandbox,
  startTelegramStandIn,
  startTemporal,
} from './stack.mjs';
import { supervise } from './supervise.mjs';

const envFile = join(repoRoot, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);
const env = process.env;

const dataDir = resolve(repoRoot, env.DATA_DIR ?? '.data');
const host = env.HOST ?? '127.0.0.1';
const port = Number(env.PORT ?? 3000);
const engineUrl = `http://${host}:${port}`;
const useSandbox = !env.WHATSAPP_APP_SECRET;
const useTelegramStandIn = !env.TELEGRAM_API_BASE_URL;
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
    WHATSAPP_APP_ID: sandboxIds.appId,
    WHATSAPP_PHONE_NUMBER_ID: sandboxIds.phoneNumberId,
    WHATSAPP_BUSINESS_ACCOUNT_ID: sandboxIds.wabaId,
    TELEGRAM_BOT_TOKEN: `${7_000_000_000 + randomBytes(3).readUIntBE(0, 3)}:${randomBytes(27).toString('base64url')}`,
    ...kept,
  };
  delete credentials.TELEGRAM_WEBHOOK_SECRET; // each connected bot now has its own
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

/** Starts a child under supervision and waits for its first start. */
async function run(name, start) {
  const child = supervise(name, start, { log });
  children.push(child);
  return child.ready;
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
    const temporalPort = Number(env.TEMPORAL_PORT ?? 7233);
    const uiPort = Number(env.TEMPORAL_UI_PORT ?? 8233);
    const temporal = await run('temporal', () =>
      startTemporal({
        port: temporalPort,
        uiPort,
        dbFile: join(dataDir, 'temporal.db'),
        logDir: join(dataDir, 'logs'),
        timeoutMs: 60_000,
      }),
    );
    temporalAddress = temporal.address;
    temporalUi = temporal.uiUrl;
  }

  const credentials = useSandbox || useTelegramStandIn ? sandboxCredentials() : {};
  let sandboxUrl;
  const engineEnv = {
    DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: temporalAddress,
    PUBLIC_URL: env.PUBLIC_URL ?? engineUrl,
  };
  if (useSandbox) {
    log('starting the WhatsApp Cloud API sandbox…');
    const sandboxPort = Number(env.SANDBOX_PORT ?? 3100);
    const sandbox = await run('sandbox', () =>
      startSandbox({
        port: sandboxPort,
        ...logging('sandbox'),
        env: {
          WHATSAPP_ACCESS_TOKEN: credentials.WHATSAPP_ACCESS_TOKEN,
          WHATSAPP_APP_SECRET: credentials.WHATSAPP_APP_SECRET,
          WHATSAPP_APP_ID: credentials.WHATSAPP_APP_ID,
          WHATSAPP_PHONE_NUMBER_ID: credentials.WHATSAPP_PHONE_NUMBER_ID,
          WHATSAPP_BUSINESS_ACCOUNT_ID: credentials.WHATSAPP_BUSINESS_ACCOUNT_ID,
          SANDBOX_WEBHOOK_URL: `${engineUrl}/webhooks/whatsapp`,
        },
      }),
    );
    sandboxUrl = sandbox.url;
    Object.assign(
      engineEnv,
      sandboxEngineEnv({
        sandboxUrl,
        appId: credentials.WHATSAPP_APP_ID,
        appSecret: credentials.WHATSAPP_APP_SECRET,
        verifyToken: credentials.WHATSAPP_VERIFY_TOKEN,
      }),
    );
  }

  let telegramUrl;
  if (useTelegramStandIn) {
    log('starting the Telegram Bot API stand-in…');
    const standInPort = Number(env.TELEGRAM_STAND_IN_PORT ?? 3101);
    const standIn = await run('telegram', () =>
      startTelegramStandIn({
        port: standInPort,
        ...logging('telegram'),
        env: { TELEGRAM_BOT_TOKEN: credentials.TELEGRAM_BOT_TOKEN },
      }),
    );
    telegramUrl = standIn.url;
    engineEnv.TELEGRAM_API_BASE_URL = telegramUrl;
  }

  let demo;
  if (useSandbox) {
    demo = await seedDemo({
      env: engineEnv,
      wabaId: credentials.WHATSAPP_BUSINESS_ACCOUNT_ID,
      phoneNumberId: credentials.WHATSAPP_PHONE_NUMBER_ID,
      accessToken: credentials.WHATSAPP_ACCESS_TOKEN,
      botToken: useTelegramStandIn ? credentials.TELEGRAM_BOT_TOKEN : undefined,
    });
  }

  log('starting the engine…');
  const engine = await run('engine', () =>
    startEngine({ port, host, timeoutMs: 60_000, ...logging('engine'), env: engineEnv }),
  );

  log('Parley is running:');
  log(`  web app        ${engine.url}/`);
  log(`  API docs       ${engine.url}/api/docs`);
  if (temporalUi) log(`  Temporal UI    ${temporalUi}`);
  if (demo?.created) {
    log('  sign in as the demo admin (this password is shown only now):');
    log(`    email        ${demo.email}`);
    log(`    password     ${demo.password}`);
  } else if (useSandbox) {
    log(
      `  sign in as ${demoAdminEmail}; a forgotten password: npm run parley -- reset-link ${demoAdminEmail}`,
    );
  }
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
