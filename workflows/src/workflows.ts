// Every workflow the worker hosts; this module is the entry of the workflow bundle.
export { baselineWorkflow } from './baseline.workflow.js';
export { conversationWorkflow } from './conversation.workflow.js';
export { templateLifecycleWorkflow } from './template-lifecycle.workflow.js';
export { creditPurchaseWorkflow } from './credit-purchase.workflow.js';
