export {
  parseSandboxConfig,
  SandboxConfigError,
  sandboxEnvSchema,
  type SandboxConfig,
} from './sandbox.config.js';
export {
  buildSandbox,
  startSandbox,
  type RunningSandbox,
  type Sandbox,
  type SandboxOptions,
} from './sandbox.server.js';
export { runSandboxMain, type MainIo } from './sandbox-main.js';
export type { SandboxStore, StoredMessage } from './sandbox.store.js';
export { defaultRetryPolicy, type AttemptResult, type RetryPolicy } from './webhook-sender.js';
