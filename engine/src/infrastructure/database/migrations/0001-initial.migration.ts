import { Migration } from '@mikro-orm/migrations';
import { isPostgres } from './dialect.js';

const sqlite = [
  'create table `conversations` (`id` text not null primary key, `channel` text not null, `channel_account_id` text not null, `contact_id` text not null, `contact_name` text null, `last_message_at` datetime not null, `last_message_preview` text null, `last_inbound_at` datetime null, `created_at` datetime not null, `updated_at` datetime not null)',
  'create index `conversations_last_message_at_index` on `conversations` (`last_message_at`)',
  'create unique index `conversations_channel_channel_account_id_contact_id_unique` on `conversations` (`channel`, `channel_account_id`, `contact_id`)',
  "create table `messages` (`id` text not null primary key, `conversation_id` text not null, `direction` text check (`direction` in ('inbound', 'outbound')) not null, `type` text not null, `text` text null, `status` text check (`status` in ('received', 'pending', 'accepted', 'sent', 'delivered', 'read', 'failed')) not null, `platform_message_id` text null, `idempotency_key` text null, `error_code` text null, `error_message` text null, `created_at` datetime not null, `status_updated_at` datetime not null, constraint `messages_conversation_id_foreign` foreign key (`conversation_id`) references `conversations` (`id`))",
  'create index `messages_conversation_id_index` on `messages` (`conversation_id`)',
  'create unique index `messages_platform_message_id_unique` on `messages` (`platform_message_id`)',
  'create unique index `messages_idempotency_key_unique` on `messages` (`idempotency_key`)',
  'create index `messages_conversation_id_created_at_index` on `messages` (`conversation_id`, `created_at`)',
  'create table `outbox` (`id` integer not null primary key autoincrement, `workflow_id` text not null, `payload` json not null, `created_at` datetime not null, `available_at` datetime not null, `attempts` integer not null default 0, `claim_token` text null, `claimed_until` datetime null, `last_error` text null)',
  'create index `outbox_available_at_index` on `outbox` (`available_at`)',
  'create index `outbox_claim_token_index` on `outbox` (`claim_token`)',
  'create table `status_events` (`id` integer not null primary key autoincrement, `platform_message_id` text not null, `status` text not null, `occurred_at` datetime not null, `error_code` text null, `error_message` text null, `received_at` datetime not null)',
  'create unique index `status_events_platform_message_id_status_unique` on `status_events` (`platform_message_id`, `status`)',
];

const postgresql = [
  'create table "conversations" ("id" uuid not null, "channel" varchar(32) not null, "channel_account_id" varchar(64) not null, "contact_id" varchar(64) not null, "contact_name" varchar(256) null, "last_message_at" timestamptz not null, "last_message_preview" varchar(200) null, "last_inbound_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
  'create index "conversations_last_message_at_index" on "conversations" ("last_message_at")',
  'alter table "conversations" add constraint "conversations_channel_channel_account_id_contact_id_unique" unique ("channel", "channel_account_id", "contact_id")',
  'create table "messages" ("id" uuid not null, "conversation_id" uuid not null, "direction" text not null, "type" varchar(32) not null, "text" text null, "status" text not null, "platform_message_id" varchar(255) null, "idempotency_key" varchar(200) null, "error_code" varchar(32) null, "error_message" text null, "created_at" timestamptz not null, "status_updated_at" timestamptz not null, primary key ("id"))',
  'create index "messages_conversation_id_index" on "messages" ("conversation_id")',
  'alter table "messages" add constraint "messages_platform_message_id_unique" unique ("platform_message_id")',
  'alter table "messages" add constraint "messages_idempotency_key_unique" unique ("idempotency_key")',
  'create index "messages_conversation_id_created_at_index" on "messages" ("conversation_id", "created_at")',
  'alter table "messages" add constraint "messages_direction_check" check ("direction" in (\'inbound\', \'outbound\'))',
  "alter table \"messages\" add constraint \"messages_status_check\" check (\"status\" in ('received', 'pending', 'accepted', 'sent', 'delivered', 'read', 'failed'))",
  'create table "outbox" ("id" serial primary key, "workflow_id" varchar(300) not null, "payload" jsonb not null, "created_at" timestamptz not null, "available_at" timestamptz not null, "attempts" int not null default 0, "claim_token" varchar(36) null, "claimed_until" timestamptz null, "last_error" text null)',
  'create index "outbox_available_at_index" on "outbox" ("available_at")',
  'create index "outbox_claim_token_index" on "outbox" ("claim_token")',
  'create table "status_events" ("id" serial primary key, "platform_message_id" varchar(255) not null, "status" varchar(16) not null, "occurred_at" timestamptz not null, "error_code" varchar(32) null, "error_message" text null, "received_at" timestamptz not null)',
  'alter table "status_events" add constraint "status_events_platform_message_id_status_unique" unique ("platform_message_id", "status")',
  'alter table "messages" add constraint "messages_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id")',
];

/** Conversations, messages, delivery status events and the Temporal outbox. */
export class InitialMigration extends Migration {
  override name = '0001-initial';

  override up(): void {
    const statements = isPostgres(this.driver) ? postgresql : sqlite;
    for (const statement of statements) this.addSql(statement);
  }

  override down(): void {
    for (const table of ['status_events', 'outbox', 'messages', 'conversations'])
      this.addSql(`drop table ${table}`);
  }
}
