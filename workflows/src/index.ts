// What code outside workflows may import: names, payload types and pure helpers, never workflow code.
export * from './conversation.contract.js';
export * from './template-lifecycle.contract.js';
export * from './credit-purchase.contract.js';
