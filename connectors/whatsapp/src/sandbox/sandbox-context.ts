import type { Lifecycle } from './lifecycle.js';
import type { BusinessNumber } from './meta-payloads.js';
import type { SandboxConfig } from './sandbox.config.js';
import type { SandboxStore } from './sandbox.store.js';
import type { WebhookSender } from './webhook-sender.js';

/** What the sandbox's routes share. */
export interface SandboxContext {
  config: SandboxConfig;
  number: BusinessNumber;
  store: SandboxStore;
  sender: WebhookSender;
  lifecycle: Lifecycle;
}
