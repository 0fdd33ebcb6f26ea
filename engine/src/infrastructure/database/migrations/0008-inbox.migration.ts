import { Migration } from '@mikro-orm/migrations';
import { isPostgres } from './dialect.js';

/*
 * The inbox: an index for each of the conversation list's filters in its keyset order (last
 * message first) — by status, the agent's own, a team's, the unassigned, a channel, the window —
 * contact profiles (language, tags normalised and once per contact, the tag filter's index, and
 * notes), internal notes in a conversation's thread, and canned replies. Generated from the schema
 * diff against 0007.
 */
const sqlite = [
  'create table `conversation_notes` (`id` text not null primary key, `organisation_id` text not null, `conversation_id` text not null, `author_id` text null, `text` text not null, `created_at` datetime not null, constraint `conversation_notes_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `conversation_notes_conversation_id_foreign` foreign key (`conversation_id`) references `conversations` (`id`) on delete cascade, constraint `conversation_notes_author_id_foreign` foreign key (`author_id`) references `users` (`id`) on delete set null)',
  'create index `conversation_notes_organisation_id_index` on `conversation_notes` (`organisation_id`)',
  'create index `conversation_notes_conversation_id_index` on `conversation_notes` (`conversation_id`)',
  'create index `conversation_notes_author_id_index` on `conversation_notes` (`author_id`)',
  'create index `conversation_notes_conversation_id_created_at_index` on `conversation_notes` (`conversation_id`, `created_at`)',
  'create table `contact_tags` (`id` text not null primary key, `organisation_id` text not null, `contact_id` text not null, `tag` text not null, `created_at` datetime not null, constraint `contact_tags_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `contact_tags_contact_id_foreign` foreign key (`contact_id`) references `contacts` (`id`) on delete cascade)',
  'create index `contact_tags_organisation_id_index` on `contact_tags` (`organisation_id`)',
  'create index `contact_tags_contact_id_index` on `contact_tags` (`contact_id`)',
  'create index `contact_tags_organisation_id_tag_contact_id_index` on `contact_tags` (`organisation_id`, `tag`, `contact_id`)',
  'create unique index `contact_tags_contact_id_tag_unique` on `contact_tags` (`contact_id`, `tag`)',
  'create table `contact_notes` (`id` text not null primary key, `organisation_id` text not null, `contact_id` text not null, `author_id` text null, `text` text not null, `created_at` datetime not null, constraint `contact_notes_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `contact_notes_contact_id_foreign` foreign key (`contact_id`) references `contacts` (`id`) on delete cascade, constraint `contact_notes_author_id_foreign` foreign key (`author_id`) references `users` (`id`) on delete set null)',
  'create index `contact_notes_organisation_id_index` on `contact_notes` (`organisation_id`)',
  'create index `contact_notes_contact_id_index` on `contact_notes` (`contact_id`)',
  'create index `contact_notes_author_id_index` on `contact_notes` (`author_id`)',
  'create index `contact_notes_contact_id_created_at_index` on `contact_notes` (`contact_id`, `created_at`)',
  'create table `canned_replies` (`id` text not null primary key, `organisation_id` text not null, `shortcut` text not null, `title` text not null, `text` text not null, `created_by_id` text null, `created_at` datetime not null, `updated_at` datetime not null, constraint `canned_replies_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `canned_replies_created_by_id_foreign` foreign key (`created_by_id`) references `users` (`id`) on delete set null)',
  'create index `canned_replies_organisation_id_index` on `canned_replies` (`organisation_id`)',
  'create index `canned_replies_created_by_id_index` on `canned_replies` (`created_by_id`)',
  'create unique index `canned_replies_organisation_id_shortcut_unique` on `canned_replies` (`organisation_id`, `shortcut`)',
  'alter table `contacts` add column `language` text null',
  'create index `conversations_inbox_status_index` on `conversations` (`organisation_id`, `status`, `last_message_at`, `id`)',
  'create index `conversations_inbox_mine_index` on `conversations` (`assigned_user_id`, `status`, `last_message_at`, `id`)',
  'create index `conversations_inbox_team_index` on `conversations` (`team_id`, `status`, `last_message_at`, `id`)',
  'create index `conversations_inbox_unassigned_index` on `conversations` (`organisation_id`, `status`, `assigned_user_id`, `last_message_at`, `id`)',
  'create index `conversations_inbox_channel_index` on `conversations` (`organisation_id`, `channel`, `last_message_at`, `id`)',
  'create index `conversations_inbox_queue_index` on `conversations` (`team_id`, `status`, `assigned_user_id`, `queued_at`, `id`)',
  'create index `conversations_inbox_window_index` on `conversations` (`organisation_id`, `window_expires_at`)',
];

const postgresql = [
  'create table "conversation_notes" ("id" uuid not null, "organisation_id" uuid not null, "conversation_id" uuid not null, "author_id" uuid null, "text" text not null, "created_at" timestamptz not null, primary key ("id"))',
  'create index "conversation_notes_conversation_id_created_at_index" on "conversation_notes" ("conversation_id", "created_at")',
  'create table "contact_tags" ("id" uuid not null, "organisation_id" uuid not null, "contact_id" uuid not null, "tag" varchar(64) not null, "created_at" timestamptz not null, primary key ("id"))',
  'create index "contact_tags_organisation_id_tag_contact_id_index" on "contact_tags" ("organisation_id", "tag", "contact_id")',
  'alter table "contact_tags" add constraint "contact_tags_contact_id_tag_unique" unique ("contact_id", "tag")',
  'create table "contact_notes" ("id" uuid not null, "organisation_id" uuid not null, "contact_id" uuid not null, "author_id" uuid null, "text" text not null, "created_at" timestamptz not null, primary key ("id"))',
  'create index "contact_notes_contact_id_created_at_index" on "contact_notes" ("contact_id", "created_at")',
  'create table "canned_replies" ("id" uuid not null, "organisation_id" uuid not null, "shortcut" varchar(32) not null, "title" varchar(120) not null, "text" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
  'alter table "canned_replies" add constraint "canned_replies_organisation_id_shortcut_unique" unique ("organisation_id", "shortcut")',
  'alter table "contacts" add "language" varchar(35) null',
  'create index "conversations_inbox_status_index" on "conversations" ("organisation_id", "status", "last_message_at", "id")',
  'create index "conversations_inbox_mine_index" on "conversations" ("assigned_user_id", "status", "last_message_at", "id")',
  'create index "conversations_inbox_team_index" on "conversations" ("team_id", "status", "last_message_at", "id")',
  'create index "conversations_inbox_unassigned_index" on "conversations" ("organisation_id", "status", "assigned_user_id", "last_message_at", "id")',
  'create index "conversations_inbox_channel_index" on "conversations" ("organisation_id", "channel", "last_message_at", "id")',
  'create index "conversations_inbox_queue_index" on "conversations" ("team_id", "status", "assigned_user_id", "queued_at", "id")',
  'create index "conversations_inbox_window_index" on "conversations" ("organisation_id", "window_expires_at")',
  'create index "conversations_contact_id_index" on "conversations" ("contact_id")',
  'alter table "conversation_notes" add constraint "conversation_notes_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "conversation_notes" add constraint "conversation_notes_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete cascade',
  'alter table "conversation_notes" add constraint "conversation_notes_author_id_foreign" foreign key ("author_id") references "users" ("id") on delete set null',
  'alter table "contact_tags" add constraint "contact_tags_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "contact_tags" add constraint "contact_tags_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id") on delete cascade',
  'alter table "contact_notes" add constraint "contact_notes_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "contact_notes" add constraint "contact_notes_contact_id_foreign" foreign key ("contact_id") references "contacts" ("id") on delete cascade',
  'alter table "contact_notes" add constraint "contact_notes_author_id_foreign" foreign key ("author_id") references "users" ("id") on delete set null',
  'alter table "canned_replies" add constraint "canned_replies_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "canned_replies" add constraint "canned_replies_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null',
];

export class InboxMigration extends Migration {
  override name = '0008-inbox';

  override up(): void {
    for (const statement of isPostgres(this.driver) ? postgresql : sqlite) this.addSql(statement);
  }
}
