import { Migration } from '@mikro-orm/migrations';
import { isPostgres } from './dialect.js';

/*
 * Flows: drafts with their revision and the published version, immutable versions, activations
 * on channel accounts, runs pinned to a version (or a test run's draft), the steps analytics and
 * traces are made of, the HTTP request nodes' allowed hosts and sealed secrets, and the run a
 * conversation is in (no foreign key: runs name their conversation). Generated from the schema
 * diff against 0008.
 */
const sqlite = [
  'create table `flow_settings` (`organisation_id` text not null primary key, `allowed_hosts` json not null, `updated_at` datetime not null, constraint `flow_settings_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`) on update cascade on delete cascade)',
  'create index `flow_settings_organisation_id_index` on `flow_settings` (`organisation_id`)',
  'create table `flow_secrets` (`id` text not null primary key, `organisation_id` text not null, `name` text not null, `value` text not null, `updated_at` datetime not null, constraint `flow_secrets_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`))',
  'create index `flow_secrets_organisation_id_index` on `flow_secrets` (`organisation_id`)',
  'create unique index `flow_secrets_organisation_id_name_unique` on `flow_secrets` (`organisation_id`, `name`)',
  "create table `flows` (`id` text not null primary key, `organisation_id` text not null, `name` text not null, `description` text not null default '', `draft_graph` json not null, `draft_revision` integer not null default 0, `published_version` integer null, `created_at` datetime not null, `updated_at` datetime not null, `updated_by_id` text null, `archived_at` datetime null, constraint `flows_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `flows_updated_by_id_foreign` foreign key (`updated_by_id`) references `users` (`id`) on delete set null)",
  'create index `flows_organisation_id_index` on `flows` (`organisation_id`)',
  'create index `flows_updated_by_id_index` on `flows` (`updated_by_id`)',
  'create index `flows_organisation_id_archived_at_index` on `flows` (`organisation_id`, `archived_at`)',
  "create table `flow_versions` (`id` text not null primary key, `organisation_id` text not null, `flow_id` text not null, `version` integer not null, `graph` json not null, `note` text not null default '', `rolled_back_from` integer null, `published_at` datetime not null, `published_by_id` text null, constraint `flow_versions_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `flow_versions_flow_id_foreign` foreign key (`flow_id`) references `flows` (`id`) on delete cascade, constraint `flow_versions_published_by_id_foreign` foreign key (`published_by_id`) references `users` (`id`) on delete set null)",
  'create index `flow_versions_organisation_id_index` on `flow_versions` (`organisation_id`)',
  'create index `flow_versions_flow_id_index` on `flow_versions` (`flow_id`)',
  'create index `flow_versions_published_by_id_index` on `flow_versions` (`published_by_id`)',
  'create unique index `flow_versions_flow_id_version_unique` on `flow_versions` (`flow_id`, `version`)',
  'create table `flow_activations` (`id` text not null primary key, `organisation_id` text not null, `flow_id` text not null, `channel_account_id` text not null, `created_at` datetime not null, constraint `flow_activations_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `flow_activations_flow_id_foreign` foreign key (`flow_id`) references `flows` (`id`) on delete cascade, constraint `flow_activations_channel_account_id_foreign` foreign key (`channel_account_id`) references `channel_accounts` (`id`) on delete cascade)',
  'create index `flow_activations_organisation_id_index` on `flow_activations` (`organisation_id`)',
  'create index `flow_activations_flow_id_index` on `flow_activations` (`flow_id`)',
  'create index `flow_activations_channel_account_id_index` on `flow_activations` (`channel_account_id`)',
  'create unique index `flow_activations_flow_id_channel_account_id_unique` on `flow_activations` (`flow_id`, `channel_account_id`)',
  "create table `flow_runs` (`id` text not null primary key, `organisation_id` text not null, `flow_id` text not null, `flow_version_id` text null, `conversation_id` text not null, `test` integer not null default 0, `test_graph` json null, `status` text check (`status` in ('running', 'completed', 'assigned', 'dropped')) not null, `drop_reason` text check (`drop_reason` in ('timeout', 'window_closed', 'handoff', 'step_budget', 'failed', 'terminal_port')) null, `detail` text null, `current_node` text null, `resting_since` datetime null, `started_at` datetime not null, `ended_at` datetime null, `started_by_id` text null, constraint `flow_runs_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `flow_runs_flow_id_foreign` foreign key (`flow_id`) references `flows` (`id`) on delete cascade, constraint `flow_runs_flow_version_id_foreign` foreign key (`flow_version_id`) references `flow_versions` (`id`) on delete cascade, constraint `flow_runs_conversation_id_foreign` foreign key (`conversation_id`) references `conversations` (`id`) on delete cascade, constraint `flow_runs_started_by_id_foreign` foreign key (`started_by_id`) references `users` (`id`) on delete set null)",
  'create index `flow_runs_organisation_id_index` on `flow_runs` (`organisation_id`)',
  'create index `flow_runs_flow_id_index` on `flow_runs` (`flow_id`)',
  'create index `flow_runs_flow_version_id_index` on `flow_runs` (`flow_version_id`)',
  'create index `flow_runs_conversation_id_index` on `flow_runs` (`conversation_id`)',
  'create index `flow_runs_started_by_id_index` on `flow_runs` (`started_by_id`)',
  'create index `flow_runs_flow_version_id_status_index` on `flow_runs` (`flow_version_id`, `status`)',
  'create index `flow_runs_flow_id_started_at_index` on `flow_runs` (`flow_id`, `started_at`)',
  'create index `flow_runs_conversation_id_status_index` on `flow_runs` (`conversation_id`, `status`)',
  "create table `flow_steps` (`id` text not null primary key, `organisation_id` text not null, `run_id` text not null, `flow_version_id` text null, `seq` integer not null, `node_id` text not null, `node_type` text not null, `entered_at` datetime not null, `exited_at` datetime not null, `port` text null, `drop_reason` text check (`drop_reason` in ('timeout', 'window_closed', 'handoff', 'step_budget', 'failed', 'terminal_port')) null, `trace` json null, constraint `flow_steps_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `flow_steps_run_id_foreign` foreign key (`run_id`) references `flow_runs` (`id`) on delete cascade, constraint `flow_steps_flow_version_id_foreign` foreign key (`flow_version_id`) references `flow_versions` (`id`) on delete cascade)",
  'create index `flow_steps_organisation_id_index` on `flow_steps` (`organisation_id`)',
  'create index `flow_steps_run_id_index` on `flow_steps` (`run_id`)',
  'create index `flow_steps_flow_version_id_index` on `flow_steps` (`flow_version_id`)',
  'create index `flow_steps_flow_version_id_node_id_index` on `flow_steps` (`flow_version_id`, `node_id`)',
  'create unique index `flow_steps_run_id_seq_unique` on `flow_steps` (`run_id`, `seq`)',
  'alter table `conversations` add column `active_flow_run` text null',
];

const postgresql = [
  'create table "flow_settings" ("organisation_id" uuid not null, "allowed_hosts" jsonb not null, "updated_at" timestamptz not null, primary key ("organisation_id"))',
  'create table "flow_secrets" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(40) not null, "value" text not null, "updated_at" timestamptz not null, primary key ("id"))',
  'alter table "flow_secrets" add constraint "flow_secrets_organisation_id_name_unique" unique ("organisation_id", "name")',
  'create table "flows" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(80) not null, "description" varchar(500) not null default \'\', "draft_graph" jsonb not null, "draft_revision" int not null default 0, "published_version" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "updated_by_id" uuid null, "archived_at" timestamptz null, primary key ("id"))',
  'create index "flows_organisation_id_archived_at_index" on "flows" ("organisation_id", "archived_at")',
  'create table "flow_versions" ("id" uuid not null, "organisation_id" uuid not null, "flow_id" uuid not null, "version" int not null, "graph" jsonb not null, "note" varchar(500) not null default \'\', "rolled_back_from" int null, "published_at" timestamptz not null, "published_by_id" uuid null, primary key ("id"))',
  'alter table "flow_versions" add constraint "flow_versions_flow_id_version_unique" unique ("flow_id", "version")',
  'create table "flow_activations" ("id" uuid not null, "organisation_id" uuid not null, "flow_id" uuid not null, "channel_account_id" uuid not null, "created_at" timestamptz not null, primary key ("id"))',
  'create index "flow_activations_channel_account_id_index" on "flow_activations" ("channel_account_id")',
  'alter table "flow_activations" add constraint "flow_activations_flow_id_channel_account_id_unique" unique ("flow_id", "channel_account_id")',
  'create table "flow_runs" ("id" uuid not null, "organisation_id" uuid not null, "flow_id" uuid not null, "flow_version_id" uuid null, "conversation_id" uuid not null, "test" boolean not null default false, "test_graph" jsonb null, "status" text not null, "drop_reason" text null, "detail" varchar(500) null, "current_node" varchar(64) null, "resting_since" timestamptz null, "started_at" timestamptz not null, "ended_at" timestamptz null, "started_by_id" uuid null, primary key ("id"))',
  'create index "flow_runs_flow_version_id_status_index" on "flow_runs" ("flow_version_id", "status")',
  'create index "flow_runs_flow_id_started_at_index" on "flow_runs" ("flow_id", "started_at")',
  'create index "flow_runs_conversation_id_status_index" on "flow_runs" ("conversation_id", "status")',
  'create table "flow_steps" ("id" uuid not null, "organisation_id" uuid not null, "run_id" uuid not null, "flow_version_id" uuid null, "seq" int not null, "node_id" varchar(64) not null, "node_type" varchar(32) not null, "entered_at" timestamptz not null, "exited_at" timestamptz not null, "port" varchar(64) null, "drop_reason" text null, "trace" jsonb null, primary key ("id"))',
  'create index "flow_steps_flow_version_id_node_id_index" on "flow_steps" ("flow_version_id", "node_id")',
  'alter table "flow_steps" add constraint "flow_steps_run_id_seq_unique" unique ("run_id", "seq")',
  'alter table "conversations" add "active_flow_run" uuid null',
  'alter table "flow_settings" add constraint "flow_settings_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade',
  'alter table "flow_secrets" add constraint "flow_secrets_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "flows" add constraint "flows_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "flows" add constraint "flows_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on delete set null',
  'alter table "flow_versions" add constraint "flow_versions_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "flow_versions" add constraint "flow_versions_flow_id_foreign" foreign key ("flow_id") references "flows" ("id") on delete cascade',
  'alter table "flow_versions" add constraint "flow_versions_published_by_id_foreign" foreign key ("published_by_id") references "users" ("id") on delete set null',
  'alter table "flow_activations" add constraint "flow_activations_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "flow_activations" add constraint "flow_activations_flow_id_foreign" foreign key ("flow_id") references "flows" ("id") on delete cascade',
  'alter table "flow_activations" add constraint "flow_activations_channel_account_id_foreign" foreign key ("channel_account_id") references "channel_accounts" ("id") on delete cascade',
  'alter table "flow_runs" add constraint "flow_runs_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "flow_runs" add constraint "flow_runs_flow_id_foreign" foreign key ("flow_id") references "flows" ("id") on delete cascade',
  'alter table "flow_runs" add constraint "flow_runs_flow_version_id_foreign" foreign key ("flow_version_id") references "flow_versions" ("id") on delete cascade',
  'alter table "flow_runs" add constraint "flow_runs_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete cascade',
  'alter table "flow_runs" add constraint "flow_runs_started_by_id_foreign" foreign key ("started_by_id") references "users" ("id") on delete set null',
  "alter table \"flow_runs\" add constraint \"flow_runs_status_check\" check (\"status\" in ('running', 'completed', 'assigned', 'dropped'))",
  "alter table \"flow_runs\" add constraint \"flow_runs_drop_reason_check\" check (\"drop_reason\" in ('timeout', 'window_closed', 'handoff', 'step_budget', 'failed', 'terminal_port'))",
  'alter table "flow_steps" add constraint "flow_steps_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "flow_steps" add constraint "flow_steps_run_id_foreign" foreign key ("run_id") references "flow_runs" ("id") on delete cascade',
  'alter table "flow_steps" add constraint "flow_steps_flow_version_id_foreign" foreign key ("flow_version_id") references "flow_versions" ("id") on delete cascade',
  "alter table \"flow_steps\" add constraint \"flow_steps_drop_reason_check\" check (\"drop_reason\" in ('timeout', 'window_closed', 'handoff', 'step_budget', 'failed', 'terminal_port'))",
];

export class FlowsMigration extends Migration {
  override name = '0009-flows';

  override up(): void {
    for (const statement of isPostgres(this.driver) ? postgresql : sqlite) this.addSql(statement);
  }
}
