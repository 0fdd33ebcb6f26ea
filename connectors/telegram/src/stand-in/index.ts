export {
  parseStandInConfig,
  StandInConfigError,
  standInEnvSchema,
  type StandInConfig,
} from './stand-in.config.js';
export {
  buildTelegramStandIn,
  startTelegramStandIn,
  type RunningTelegramStandIn,
  type StandInOptions,
  type TelegramStandIn,
} from './stand-in.server.js';
export { runStandInMain, type MainIo } from './stand-in-main.js';
export type { OutboundCall, StandInStore, StoredMessage, StoredTap } from './stand-in.store.js';
export { defaultRetryPolicy, type RetryPolicy } from '@parley/connector-sdk/stand-in';
