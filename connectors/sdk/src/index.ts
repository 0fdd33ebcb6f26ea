export * from './capabilities.js';
export * from './capability-check.js';
export * from './connector.js';
export * from './errors.js';
export * from './normalized-event.schema.js';
export * from './normalized-message.schema.js';
export * from './signature.js';
