export * from './connector.js';
export * from './errors.js';
export * from './normalized-event.schema.js';
export * from './normalized-message.schema.js';
export * from './signature.js';
