// The SDK's pure part: schemas, capability types and checks. No Node built-ins, so workflows, the
// web app and the API contract can import it (`@parley/connector-sdk/schemas`).
export * from './capabilities.js';
export * from './capability-check.js';
export * from './normalized-event.schema.js';
export * from './normalized-message.schema.js';
