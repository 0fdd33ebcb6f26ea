import { InitialMigration } from './0001-initial.migration.js';
import { MessageContentAndMediaMigration } from './0002-message-content-and-media.migration.js';
import { OrganisationsMigration } from './0003-organisations.migration.js';
import { TemplatesMigration } from './0004-templates.migration.js';
import { ConversationWindowMigration } from './0005-conversation-window.migration.js';
import { CreditsMigration } from './0006-credits.migration.js';
import { RoutingMigration } from './0007-routing.migration.js';
import { InboxMigration } from './0008-inbox.migration.js';
import { FlowsMigration } from './0009-flows.migration.js';

/** Every migration, in order. Listed explicitly so the compiled engine needs no file discovery. */
export const migrationsList = [
  { name: '0001-initial', class: InitialMigration },
  { name: '0002-message-content-and-media', class: MessageContentAndMediaMigration },
  { name: '0003-organisations', class: OrganisationsMigration },
  { name: '0004-templates', class: TemplatesMigration },
  { name: '0005-conversation-window', class: ConversationWindowMigration },
  { name: '0006-credits', class: CreditsMigration },
  { name: '0007-routing', class: RoutingMigration },
  { name: '0008-inbox', class: InboxMigration },
  { name: '0009-flows', class: FlowsMigration },
];
