export * from './lifecycle.js';
export * from './process-entry.js';
export * from './webhook-delivery.js';
