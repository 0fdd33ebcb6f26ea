import { parseStandInConfig, StandInConfigError } from './stand-in.config.js';
import { startTelegramStandIn, type RunningTelegramStandIn, type StandInOptions } from './stand-in.server.js';

export interface MainIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/**
 * Boots the stand-in from the environment and announces `{"event":"listening","url":…}` on stdout.
 * Returns undefined (after explaining on stderr) when the configuration is invalid.
 */
export async function runStandInMain(
  env: Record<string, string | undefined>,
  io: MainIo,
  options: StandInOptions = {},
): Promise<RunningTelegramStandIn | undefined> {
  let config;
  try {
    config = parseStandInConfig(env);
  } catch (error) {
    if (!(error instanceof StandInConfigError)) throw error;
    io.stderr(error.message);
    return undefined;
  }
  const standIn = await startTelegramStandIn(config, {
    onWebhookGiveUp: (outcome) => io.stderr(JSON.stringify({ event: 'webhook_gave_up', ...outcome })),
    ...options,
  });
  io.stdout(JSON.stringify({ event: 'listening', url: standIn.url }));
  return standIn;
}
