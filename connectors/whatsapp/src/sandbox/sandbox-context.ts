import type { Lifecycle } from '@parley/connector-sdk/stand-in';
import type { SandboxClock } from './clock.js';
import type { CustomerIdentities } from './customer/customer-identities.js';
import type { MediaStore } from './media/media-store.js';
import type { TypingIndicators } from './messages/typing-indicators.js';
import type { Directory } from './onboarding/directory.js';
import type { SignupCodes } from './onboarding/signup-codes.js';
import type { SlidingWindowLimiter } from './rate-limiter.js';
import type { ResolvedSandboxConfig } from './sandbox.config.js';
import type { SandboxStore } from './sandbox.store.js';
import type { ServiceWindows } from './service-windows.js';
import type { TemplateService } from './templates/template-service.js';
import type { UploadStore } from './uploads/upload-store.js';
import type { WabaWebhooks } from './waba-webhooks.js';

/** What the sandbox's routes share. */
export interface SandboxContext {
  config: ResolvedSandboxConfig;
  clock: SandboxClock;
  lifecycle: Lifecycle;
  directory: Directory;
  signupCodes: SignupCodes;
  store: SandboxStore;
  /** Customers' usernames and business-scoped user ids. */
  identities: CustomerIdentities;
  windows: ServiceWindows;
  /** The business typing to customers (typing indicators). */
  typing: TypingIndicators;
  templates: TemplateService;
  media: MediaStore;
  /** Resumable Upload API sessions and the handles of uploaded files (template header samples). */
  uploads: UploadStore;
  webhooks: WabaWebhooks;
  limits: {
    /** Sends per phone number per second. */
    throughput: SlidingWindowLimiter;
    /** Sends per phone number and customer within the pair-rate window. */
    pairRate: SlidingWindowLimiter;
  };
}
