import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { loadEncryptionKey } from './encryption-key.js';
import { SecretBox } from './secret-box.js';

export const SECRET_BOX = Symbol('SECRET_BOX');

export const secretBoxProvider: Provider = {
  provide: SECRET_BOX,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new SecretBox(loadEncryptionKey(config)),
};
