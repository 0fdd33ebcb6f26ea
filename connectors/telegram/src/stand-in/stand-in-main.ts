import { startStandInFromEnv, type MainIo } from '@parley/connector-sdk/stand-in';
import { parseStandInConfig, StandInConfigError } from './stand-in.config.js';
import { startTelegramStandIn, type RunningTelegramStandIn, type StandInOptions } from './stand-in.server.js';

export type { MainIo } from '@parley/connector-sdk/stand-in';

/**
 * Boots the stand-in from the environment and announces `{"event":"listening","url":…}` on stdout.
 * Returns undefined (after explaining on stderr) when the configuration is invalid.
 */
export function runStandInMain(
  env: Record<string, string | undefined>,
  io: MainIo,
  options: StandInOptions = {},
): Promise<RunningTelegramStandIn | undefined> {
  return startStandInFromEnv(env, io, {
    parseConfig: parseStandInConfig,
    configError: StandInConfigError,
    start: (config) =>
      startTelegramStandIn(config, {
        onWebhookGiveUp: (outcome) => io.stderr(JSON.stringify({ event: 'webhook_gave_up', ...outcome })),
        ...options,
      }),
  });
}
