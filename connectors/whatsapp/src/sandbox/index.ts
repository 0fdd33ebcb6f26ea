export type { ContractViolation, ContractReporter } from './contract/contract-check.js';
export { defaultSeed, sandboxSeedSchema, type SandboxSeed } from './onboarding/seed.js';
export {
  parseSandboxConfig,
  resolveSandboxConfig,
  SandboxConfigError,
  sandboxEnvSchema,
  type ResolvedSandboxConfig,
  type SandboxConfig,
} from './sandbox.config.js';
export type { SandboxContext } from './sandbox-context.js';
export {
  buildSandbox,
  startSandbox,
  type RunningSandbox,
  type Sandbox,
  type SandboxOptions,
} from './sandbox.server.js';
export { runSandboxMain, type MainIo } from './sandbox-main.js';
export type { SandboxStore, StoredMessage } from './sandbox.store.js';
export { defaultRetryPolicy, type AttemptResult, type RetryPolicy } from '@parley/connector-sdk/stand-in';
