import { Migration } from '@mikro-orm/migrations';
import { isPostgres } from './dialect.js';

/*
 * Credits: each organisation's account (balance, reservations, threshold, currency), the
 * append-only ledger with one unique key per billable event, purchases, and the 24-hour billing
 * conversations of per-conversation pricing. Status reports keep the platform's `pricing`, which
 * settles a message's charge.
 */
const sqlite = [
  "create table `credit_accounts` (`organisation_id` text not null primary key, `balance` integer not null default 0, `reserved` integer not null default 0, `currency` text not null default 'JPY', `low_balance_threshold` integer null, `low_balance_alerted` integer not null default 0, `updated_at` datetime not null, constraint `credit_accounts_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`) on update cascade on delete cascade)",
  'create index `credit_accounts_organisation_id_index` on `credit_accounts` (`organisation_id`)',
  "create table `credit_purchases` (`id` text not null primary key, `organisation_id` text not null, `client_id` text not null, `credits` integer not null, `currency` text not null, `quote` json not null, `total_minor` integer not null, `provider` text not null, `provider_ref` text null, `status` text check (`status` in ('pending', 'paid', 'granted', 'declined', 'expired')) not null, `failure_reason` text null, `checkout_url` text null, `created_by_id` text null, `created_at` datetime not null, `updated_at` datetime not null, `paid_at` datetime null, `granted_at` datetime null, constraint `credit_purchases_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `credit_purchases_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`) on delete set null)",
  'create index `credit_purchases_organisation_id_index` on `credit_purchases` (`organisation_id`)',
  'create index `credit_purchases_created_by_id_index` on `credit_purchases` (`created_by_id`)',
  'create index `credit_purchases_organisation_id_created_at_index` on `credit_purchases` (`organisation_id`, `created_at`)',
  'create index `credit_purchases_provider_ref_index` on `credit_purchases` (`provider_ref`)',
  'create unique index `credit_purchases_organisation_id_client_id_unique` on `credit_purchases` (`organisation_id`, `client_id`)',
  "create table `credit_entries` (`id` text not null primary key, `organisation_id` text not null, `key` text not null, `kind` text check (`kind` in ('purchase', 'reservation', 'deduction', 'release', 'refund', 'adjustment')) not null, `amount` integer not null, `balance_after` integer not null, `message_key` text null, `conversation_id` text null, `category` text null, `market` text null, `purchase_id` text null, `note` text null, `actor_id` text null, `created_at` datetime not null, constraint `credit_entries_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `credit_entries_conversation_id_foreign` foreign key (`conversation_id`) references `conversations` (`id`) on delete set null, constraint `credit_entries_purchase_id_foreign` foreign key (`purchase_id`) references `credit_purchases` (`id`) on delete set null, constraint `credit_entries_actor_id_foreign` foreign key (`actor_id`) references `users` (`id`) on delete set null)",
  'create index `credit_entries_organisation_id_index` on `credit_entries` (`organisation_id`)',
  'create index `credit_entries_conversation_id_index` on `credit_entries` (`conversation_id`)',
  'create index `credit_entries_purchase_id_index` on `credit_entries` (`purchase_id`)',
  'create index `credit_entries_actor_id_index` on `credit_entries` (`actor_id`)',
  'create index `credit_entries_organisation_id_created_at_index` on `credit_entries` (`organisation_id`, `created_at`)',
  'create index `credit_entries_organisation_id_kind_created_at_index` on `credit_entries` (`organisation_id`, `kind`, `created_at`)',
  'create index `credit_entries_message_key_index` on `credit_entries` (`message_key`)',
  'create unique index `credit_entries_organisation_id_key_unique` on `credit_entries` (`organisation_id`, `key`)',
  'create table `billing_conversations` (`id` text not null primary key, `organisation_id` text not null, `conversation_id` text not null, `category` text not null, `message_key` text not null, `opened_at` datetime not null, `expires_at` datetime not null, constraint `billing_conversations_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `billing_conversations_conversation_id_foreign` foreign key (`conversation_id`) references `conversations` (`id`))',
  'create index `billing_conversations_organisation_id_index` on `billing_conversations` (`organisation_id`)',
  'create index `billing_conversations_conversation_id_index` on `billing_conversations` (`conversation_id`)',
  'create index `billing_conversations_conversation_id_category_expires_at_index` on `billing_conversations` (`conversation_id`, `category`, `expires_at`)',
  'create unique index `billing_conversations_message_key_unique` on `billing_conversations` (`message_key`)',
  'alter table `status_events` add column `pricing` json null',
];

const postgresql = [
  'create table "credit_accounts" ("organisation_id" uuid not null, "balance" int not null default 0, "reserved" int not null default 0, "currency" varchar(3) not null default \'JPY\', "low_balance_threshold" int null, "low_balance_alerted" boolean not null default false, "updated_at" timestamptz not null, primary key ("organisation_id"))',
  'create table "credit_purchases" ("id" uuid not null, "organisation_id" uuid not null, "client_id" uuid not null, "credits" int not null, "currency" varchar(3) not null, "quote" jsonb not null, "total_minor" int not null, "provider" varchar(16) not null, "provider_ref" varchar(255) null, "status" text not null, "failure_reason" text null, "checkout_url" text null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "paid_at" timestamptz null, "granted_at" timestamptz null, primary key ("id"))',
  'create index "credit_purchases_organisation_id_created_at_index" on "credit_purchases" ("organisation_id", "created_at")',
  'create index "credit_purchases_provider_ref_index" on "credit_purchases" ("provider_ref")',
  'alter table "credit_purchases" add constraint "credit_purchases_organisation_id_client_id_unique" unique ("organisation_id", "client_id")',
  'create table "credit_entries" ("id" uuid not null, "organisation_id" uuid not null, "key" varchar(400) not null, "kind" text not null, "amount" int not null, "balance_after" int not null, "message_key" varchar(300) null, "conversation_id" uuid null, "category" varchar(32) null, "market" varchar(16) null, "purchase_id" uuid null, "note" text null, "actor_id" uuid null, "created_at" timestamptz not null, primary key ("id"))',
  'create index "credit_entries_organisation_id_created_at_index" on "credit_entries" ("organisation_id", "created_at")',
  'create index "credit_entries_organisation_id_kind_created_at_index" on "credit_entries" ("organisation_id", "kind", "created_at")',
  'create index "credit_entries_message_key_index" on "credit_entries" ("message_key")',
  'alter table "credit_entries" add constraint "credit_entries_organisation_id_key_unique" unique ("organisation_id", "key")',
  'create table "billing_conversations" ("id" uuid not null, "organisation_id" uuid not null, "conversation_id" uuid not null, "category" varchar(32) not null, "message_key" varchar(300) not null, "opened_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("id"))',
  'create index "billing_conversations_conversation_id_category_expires_at_index" on "billing_conversations" ("conversation_id", "category", "expires_at")',
  'alter table "billing_conversations" add constraint "billing_conversations_message_key_unique" unique ("message_key")',
  'alter table "status_events" add "pricing" jsonb null',
  'alter table "credit_accounts" add constraint "credit_accounts_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade',
  'alter table "credit_purchases" add constraint "credit_purchases_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "credit_purchases" add constraint "credit_purchases_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null',
  "alter table \"credit_purchases\" add constraint \"credit_purchases_status_check\" check (\"status\" in ('pending', 'paid', 'granted', 'declined', 'expired'))",
  'alter table "credit_entries" add constraint "credit_entries_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "credit_entries" add constraint "credit_entries_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete set null',
  'alter table "credit_entries" add constraint "credit_entries_purchase_id_foreign" foreign key ("purchase_id") references "credit_purchases" ("id") on delete set null',
  'alter table "credit_entries" add constraint "credit_entries_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null',
  "alter table \"credit_entries\" add constraint \"credit_entries_kind_check\" check (\"kind\" in ('purchase', 'reservation', 'deduction', 'release', 'refund', 'adjustment'))",
  'alter table "billing_conversations" add constraint "billing_conversations_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "billing_conversations" add constraint "billing_conversations_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id")',
];

export class CreditsMigration extends Migration {
  override name = '0006-credits';

  override up(): void {
    for (const statement of isPostgres(this.driver) ? postgresql : sqlite) this.addSql(statement);
  }
}
