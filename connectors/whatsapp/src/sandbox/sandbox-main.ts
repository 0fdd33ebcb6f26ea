import { parseSandboxConfig, SandboxConfigError } from './sandbox.config.js';
import { startSandbox, type RunningSandbox, type SandboxOptions } from './sandbox.server.js';

export interface MainIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/**
 * Boots the sandbox from the environment and announces `{"event":"listening","url":…}` on stdout.
 * Returns undefined (after explaining on stderr) when the configuration is invalid.
 */
export async function runSandboxMain(
  env: Record<string, string | undefined>,
  io: MainIo,
  options: SandboxOptions = {},
): Promise<RunningSandbox | undefined> {
  let config;
  try {
    config = parseSandboxConfig(env);
  } catch (error) {
    if (!(error instanceof SandboxConfigError)) throw error;
    io.stderr(error.message);
    return undefined;
  }
  const sandbox = await startSandbox(config, {
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
  });
  io.stdout(JSON.stringify({ event: 'listening', url: sandbox.url }));
  return sandbox;
}
