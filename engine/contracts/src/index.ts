// Parley's API contract: every request and response body, query and live event, written once as
// zod schemas. The engine validates and documents with them, the web app and tests parse with them.
export * from './common.schema.js';
export * from './health.schema.js';
export * from './auth/auth.schema.js';
export * from './organisations/plans.js';
export * from './organisations/organisation.schema.js';
export * from './users/permissions.js';
export * from './users/user.schema.js';
export * from './users/api-token.schema.js';
export * from './channels/channel-account.schema.js';
export * from './channels/whatsapp-signup.schema.js';
export * from './channels/automatic-replies.schema.js';
export * from './inbox/inbox.schema.js';
export * from './inbox/compose.schema.js';
export * from './audit/audit.schema.js';
export * from './webhooks/dead-letter.schema.js';
export * from './templates/template-limits.js';
export * from './templates/template-languages.js';
export * from './templates/template-variables.js';
export * from './templates/template-definition.schema.js';
export * from './templates/template-rules.js';
export * from './templates/template-edit-rules.js';
export * from './templates/template-render.js';
export * from './templates/template-errors.js';
export * from './templates/marketing-rule.js';
export * from './templates/template.schema.js';
export * from './files/library-file.schema.js';
