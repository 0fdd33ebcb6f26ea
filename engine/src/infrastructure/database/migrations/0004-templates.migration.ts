import { Migration } from '@mikro-orm/migrations';
import { isPostgres } from './dialect.js';

/*
 * Templates as Parley manages them: groups, the file library (header media), the status timeline
 * and the 30-day name holds. Imported templates keep their rows, marked imported and enabled.
 * SQLite rebuilds message_templates, as its ALTER TABLE cannot relax the platform id's NOT NULL.
 *
 * Name and language now identify a template in its WABA. Earlier versions never removed an
 * imported template, so one deleted on WhatsApp and created again under its name was imported
 * twice; of such rows only the one WhatsApp last reported is kept (not deleted, updated last),
 * else the unique index could not be made and the engine would not start.
 */

/** The condition that makes row `old` stale: a row `newer` of its WABA, name and language to keep instead. */
function stale(quote: (name: string) => string): string {
  const [newer, old] = [
    (column: string) => `${quote('newer')}.${quote(column)}`,
    (column: string) => `${quote('old')}.${quote(column)}`,
  ];
  const same = ['waba_id', 'name', 'language']
    .map((column) => `${newer(column)} = ${old(column)}`)
    .join(' and ');
  const deleted = (row: typeof newer) => `(${row('status')} = 'DELETED')`;
  const later = `(${newer('updated_at')} > ${old('updated_at')} or (${newer('updated_at')} = ${old('updated_at')} and ${newer('id')} > ${old('id')}))`;
  return `${same} and ${newer('id')} <> ${old('id')} and ((not ${deleted(newer)} and ${deleted(old)}) or (${deleted(newer)} = ${deleted(old)} and ${later}))`;
}
const backticks = (name: string) => `\`${name}\``;
const quotes = (name: string) => `"${name}"`;

const sqlite = [
  'create table `template_groups` (`id` text not null primary key, `organisation_id` text not null, `name` text not null, `created_at` datetime not null, constraint `template_groups_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`))',
  'create index `template_groups_organisation_id_index` on `template_groups` (`organisation_id`)',
  'create unique index `template_groups_organisation_id_name_unique` on `template_groups` (`organisation_id`, `name`)',
  'create table `template_name_holds` (`id` text not null primary key, `organisation_id` text not null, `waba_id` text not null, `name` text not null, `language` text not null, `held_until` datetime not null, constraint `template_name_holds_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`))',
  'create index `template_name_holds_organisation_id_index` on `template_name_holds` (`organisation_id`)',
  'create unique index `template_name_holds_waba_id_name_language_unique` on `template_name_holds` (`waba_id`, `name`, `language`)',
  'create table `library_files` (`id` text not null primary key, `organisation_id` text not null, `filename` text not null, `mime_type` text not null, `format` text not null, `size_bytes` integer not null, `sha256` text not null, `platform_media` json not null, `created_by_id` text null, `created_at` datetime not null, constraint `library_files_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `library_files_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`) on delete set null)',
  'create index `library_files_organisation_id_index` on `library_files` (`organisation_id`)',
  'create index `library_files_created_by_id_index` on `library_files` (`created_by_id`)',
  'create index `library_files_organisation_id_created_at_index` on `library_files` (`organisation_id`, `created_at`)',
  'pragma legacy_alter_table = on',
  'alter table `message_templates` rename to `message_templates__old`',
  'create table `message_templates` (`id` text not null primary key, `organisation_id` text not null, `waba_id` text not null, `platform_template_id` text null, `name` text not null, `language` text not null, `category` text not null, `status` text not null, `status_reason` text null, `previous_category` text null, `upcoming_category` text null, `components` json not null, `content` json null, `pending_submission` json null, `origin` text not null, `enabled` integer not null, `group_id` text null, `header_file_id` text null, `approved_edits` json not null, `synced_at` datetime null, `created_by_id` text null, `imported_at` datetime not null, `updated_at` datetime not null, constraint `message_templates_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `message_templates_group_id_foreign` foreign key (`group_id`) references `template_groups` (`id`) on delete set null, constraint `message_templates_header_file_id_foreign` foreign key (`header_file_id`) references `library_files` (`id`) on delete set null, constraint `message_templates_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`) on delete set null)',
  "insert into `message_templates` select `id`, `organisation_id`, `waba_id`, `platform_template_id`, `name`, `language`, `category`, `status`, null as `status_reason`, null as `previous_category`, null as `upcoming_category`, `components`, null as `content`, null as `pending_submission`, 'imported' as `origin`, 1 as `enabled`, null as `group_id`, null as `header_file_id`, '[]' as `approved_edits`, `updated_at` as `synced_at`, null as `created_by_id`, `imported_at`, `updated_at` from `message_templates__old` as `old` where not exists (select 1 from `message_templates__old` as `newer` where " +
    stale(backticks) +
    ')',
  'drop table `message_templates__old`',
  'pragma legacy_alter_table = off',
  'create index `message_templates_organisation_id_index` on `message_templates` (`organisation_id`)',
  'create index `message_templates_group_id_index` on `message_templates` (`group_id`)',
  'create index `message_templates_header_file_id_index` on `message_templates` (`header_file_id`)',
  'create index `message_templates_created_by_id_index` on `message_templates` (`created_by_id`)',
  'create index `message_templates_organisation_id_waba_id_index` on `message_templates` (`organisation_id`, `waba_id`)',
  'create unique index `message_templates_waba_id_platform_template_id_unique` on `message_templates` (`waba_id`, `platform_template_id`)',
  'create unique index `message_templates_waba_id_name_language_unique` on `message_templates` (`waba_id`, `name`, `language`)',
  'create table `template_events` (`id` text not null primary key, `organisation_id` text not null, `template_id` text not null, `event_key` text null, `kind` text not null, `status` text null, `reason` text null, `category` text null, `previous_category` text null, `source` text not null, `actor_id` text null, `detail` text null, `occurred_at` datetime not null, constraint `template_events_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `template_events_template_id_foreign` foreign key (`template_id`) references `message_templates` (`id`) on delete cascade, constraint `template_events_actor_id_foreign` foreign key (`actor_id`) references `users` (`id`) on delete set null)',
  'create index `template_events_organisation_id_index` on `template_events` (`organisation_id`)',
  'create index `template_events_template_id_index` on `template_events` (`template_id`)',
  'create unique index `template_events_event_key_unique` on `template_events` (`event_key`)',
  'create index `template_events_actor_id_index` on `template_events` (`actor_id`)',
  'create index `template_events_template_id_occurred_at_index` on `template_events` (`template_id`, `occurred_at`)',
];

const postgresql = [
  'create table "template_groups" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(60) not null, "created_at" timestamptz not null, primary key ("id"))',
  'alter table "template_groups" add constraint "template_groups_organisation_id_name_unique" unique ("organisation_id", "name")',
  'create table "template_name_holds" ("id" uuid not null, "organisation_id" uuid not null, "waba_id" varchar(64) not null, "name" varchar(512) not null, "language" varchar(16) not null, "held_until" timestamptz not null, primary key ("id"))',
  'alter table "template_name_holds" add constraint "template_name_holds_waba_id_name_language_unique" unique ("waba_id", "name", "language")',
  'create table "library_files" ("id" uuid not null, "organisation_id" uuid not null, "filename" varchar(200) not null, "mime_type" varchar(100) not null, "format" varchar(16) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "platform_media" jsonb not null, "created_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"))',
  'create index "library_files_organisation_id_created_at_index" on "library_files" ("organisation_id", "created_at")',
  'create table "template_events" ("id" uuid not null, "organisation_id" uuid not null, "template_id" uuid not null, "event_key" varchar(300) null, "kind" varchar(32) not null, "status" varchar(32) null, "reason" varchar(255) null, "category" varchar(32) null, "previous_category" varchar(32) null, "source" varchar(16) not null, "actor_id" uuid null, "detail" text null, "occurred_at" timestamptz not null, primary key ("id"))',
  'alter table "template_events" add constraint "template_events_event_key_unique" unique ("event_key")',
  'create index "template_events_template_id_occurred_at_index" on "template_events" ("template_id", "occurred_at")',
  'alter table "message_templates" add "status_reason" varchar(255) null, add "previous_category" varchar(32) null, add "upcoming_category" varchar(32) null, add "content" jsonb null, add "pending_submission" jsonb null, add "origin" varchar(16) not null default \'imported\', add "enabled" boolean not null default true, add "group_id" uuid null, add "header_file_id" uuid null, add "approved_edits" jsonb not null default \'[]\', add "synced_at" timestamptz null, add "created_by_id" uuid null',
  'alter table "message_templates" alter column "origin" drop default, alter column "enabled" drop default, alter column "approved_edits" drop default',
  'update "message_templates" set "synced_at" = "updated_at"',
  'alter table "message_templates" add constraint "message_templates_group_id_foreign" foreign key ("group_id") references "template_groups" ("id") on delete set null',
  'alter table "message_templates" add constraint "message_templates_header_file_id_foreign" foreign key ("header_file_id") references "library_files" ("id") on delete set null',
  'alter table "message_templates" add constraint "message_templates_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null',
  'alter table "message_templates" alter column "platform_template_id" drop not null',
  `delete from "message_templates" as "old" where exists (select 1 from "message_templates" as "newer" where ${stale(quotes)})`,
  'alter table "message_templates" add constraint "message_templates_waba_id_name_language_unique" unique ("waba_id", "name", "language")',
  'alter table "template_groups" add constraint "template_groups_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "template_name_holds" add constraint "template_name_holds_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "library_files" add constraint "library_files_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "library_files" add constraint "library_files_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null',
  'alter table "template_events" add constraint "template_events_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "template_events" add constraint "template_events_template_id_foreign" foreign key ("template_id") references "message_templates" ("id") on delete cascade',
  'alter table "template_events" add constraint "template_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null',
];

export class TemplatesMigration extends Migration {
  override name = '0004-templates';

  override up(): void {
    for (const statement of isPostgres(this.driver) ? postgresql : sqlite) this.addSql(statement);
  }
}
