import { Migration } from '@mikro-orm/migrations';
import { isPostgres } from './dialect.js';

/*
 * The conversation workflow's state for listing: the customer-service window (backfilled from the
 * customer's last message: 24 hours on WhatsApp, none on Telegram) and the reason a conversation
 * needs a person. Messages gain the quoted message, the ad referral, the agent who sent them, and
 * the `held` status; channel accounts their automatic replies. SQLite rebuilds `messages`, as its
 * ALTER TABLE cannot change a check constraint.
 */
const messageColumns =
  '`id`, `organisation_id`, `channel_account_id`, `conversation_id`, `direction`, `type`, `text`, `content`, `status`, `platform_message_id`, `idempotency_key`, `error_code`, `error_message`, `created_at`, `status_updated_at`';

const sqlite = [
  'alter table `channel_accounts` add column `automatic_replies` json null',
  'alter table `channel_accounts` add column `automatic_replies_updated_at` datetime null',
  'alter table `channel_accounts` add column `automatic_replies_updated_by_id` text null constraint `channel_accounts_automatic_replies_updated_by_id_foreign` references `users` (`id`) on delete set null',
  'create index `channel_accounts_automatic_replies_updated_by_id_index` on `channel_accounts` (`automatic_replies_updated_by_id`)',
  'alter table `conversations` add column `window_expires_at` datetime null',
  'alter table `conversations` add column `entry_point_expires_at` datetime null',
  'alter table `conversations` add column `attention_code` text null',
  'alter table `conversations` add column `attention_message` text null',
  'alter table `conversations` add column `attention_at` datetime null',
  // Datetimes are milliseconds since the epoch; rows from the first versions may hold ISO text.
  "update `conversations` set `window_expires_at` = (case typeof(`last_inbound_at`) when 'integer' then `last_inbound_at` else cast(round((julianday(`last_inbound_at`) - 2440587.5) * 86400000) as integer) end) + 86400000 where `channel` = 'whatsapp' and `last_inbound_at` is not null",
  // Foreign keys are off while migrating (see `migrate`), so media keep pointing at `messages`.
  "create table `messages__new` (`id` text not null primary key, `organisation_id` text not null, `channel_account_id` text not null, `conversation_id` text not null, `direction` text check (`direction` in ('inbound', 'outbound')) not null, `type` text not null, `text` text null, `content` json null, `status` text check (`status` in ('received', 'held', 'pending', 'accepted', 'sent', 'delivered', 'read', 'failed')) not null, `platform_message_id` text null, `idempotency_key` text null, `error_code` text null, `error_message` text null, `reply_to_platform_id` text null, `referral` json null, `sent_by_id` text null, `created_at` datetime not null, `status_updated_at` datetime not null, constraint `messages_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `messages_channel_account_id_foreign` foreign key (`channel_account_id`) references `channel_accounts` (`id`), constraint `messages_conversation_id_foreign` foreign key (`conversation_id`) references `conversations` (`id`), constraint `messages_sent_by_id_foreign` foreign key (`sent_by_id`) references `users` (`id`) on delete set null)",
  `insert into \`messages__new\` (${messageColumns}) select ${messageColumns} from \`messages\``,
  'drop table `messages`',
  'alter table `messages__new` rename to `messages`',
  'create index `messages_organisation_id_index` on `messages` (`organisation_id`)',
  'create index `messages_channel_account_id_index` on `messages` (`channel_account_id`)',
  'create index `messages_conversation_id_index` on `messages` (`conversation_id`)',
  'create unique index `messages_idempotency_key_unique` on `messages` (`idempotency_key`)',
  'create index `messages_sent_by_id_index` on `messages` (`sent_by_id`)',
  'create index `messages_conversation_id_created_at_index` on `messages` (`conversation_id`, `created_at`)',
  'create index `messages_conversation_id_status_index` on `messages` (`conversation_id`, `status`)',
  'create unique index `messages_channel_account_id_platform_message_id_unique` on `messages` (`channel_account_id`, `platform_message_id`)',
];

const postgresql = [
  'alter table "channel_accounts" add "automatic_replies" jsonb null, add "automatic_replies_updated_at" timestamptz null, add "automatic_replies_updated_by_id" uuid null',
  'alter table "channel_accounts" add constraint "channel_accounts_automatic_replies_updated_by_id_foreign" foreign key ("automatic_replies_updated_by_id") references "users" ("id") on delete set null',
  'alter table "conversations" add "window_expires_at" timestamptz null, add "entry_point_expires_at" timestamptz null, add "attention_code" varchar(64) null, add "attention_message" text null, add "attention_at" timestamptz null',
  `update "conversations" set "window_expires_at" = "last_inbound_at" + interval '24 hours' where "channel" = 'whatsapp' and "last_inbound_at" is not null`,
  'alter table "messages" drop constraint "messages_status_check"',
  'alter table "messages" add "reply_to_platform_id" varchar(255) null, add "referral" jsonb null, add "sent_by_id" uuid null',
  'alter table "messages" add constraint "messages_sent_by_id_foreign" foreign key ("sent_by_id") references "users" ("id") on delete set null',
  'create index "messages_conversation_id_status_index" on "messages" ("conversation_id", "status")',
  "alter table \"messages\" add constraint \"messages_status_check\" check (\"status\" in ('received', 'held', 'pending', 'accepted', 'sent', 'delivered', 'read', 'failed'))",
];

export class ConversationWindowMigration extends Migration {
  override name = '0005-conversation-window';

  override up(): void {
    for (const statement of isPostgres(this.driver) ? postgresql : sqlite) this.addSql(statement);
  }
}
