import { startStandInFromEnv, type MainIo } from '@parley/connector-sdk/stand-in';
import { parseSandboxConfig, SandboxConfigError } from './sandbox.config.js';
import { startSandbox, type RunningSandbox, type SandboxOptions } from './sandbox.server.js';

export type { MainIo } from '@parley/connector-sdk/stand-in';

/**
 * Boots the sandbox from the environment and announces `{"event":"listening","url":…}` on stdout.
 * Returns undefined (after explaining on stderr) when the configuration is invalid.
 */
export function runSandboxMain(
  env: Record<string, string | undefined>,
  io: MainIo,
  options: SandboxOptions = {},
): Promise<RunningSandbox | undefined> {
  return startStandInFromEnv(env, io, {
    parseConfig: parseSandboxConfig,
    configError: SandboxConfigError,
    start: (config) =>
      startSandbox(config, {
        onWebhookGiveUp: (result) =>
          io.stderr(
            JSON.stringify({
              event: 'webhook_gave_up',
              url: config.webhookUrl,
              status: result.status,
              attempts: result.attempts,
            }),
          ),
        ...options,
      }),
  });
}
