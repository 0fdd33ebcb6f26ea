import { Migration } from '@mikro-orm/migrations';
import { isPostgres } from './dialect.js';

/*
 * Routing: teams with their members (in the team's order, each with an optional capacity), each
 * agent's availability and open count, the organisation's routing rules, and the conversation's
 * ownership — its team, its agent, open / snoozed / closed, when it joined the queue, was assigned
 * and first answered — with the events that changed it. SQLite adds the conversation's columns in
 * place (ALTER TABLE takes a new check constraint and references with a null default).
 */
const sqlite = [
  "create table `teams` (`id` text not null primary key, `organisation_id` text not null, `name` text not null, `strategy` text check (`strategy` in ('round_robin', 'least_busy', 'sticky')) not null, `fallback_strategy` text check (`fallback_strategy` in ('round_robin', 'least_busy')) not null, `default_capacity` integer not null default 5, `sla` json not null, `last_assigned_user_id` text null, `created_at` datetime not null, `updated_at` datetime not null, constraint `teams_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `teams_last_assigned_user_id_foreign` foreign key (`last_assigned_user_id`) references `users` (`id`) on delete set null)",
  'create index `teams_organisation_id_index` on `teams` (`organisation_id`)',
  'create index `teams_last_assigned_user_id_index` on `teams` (`last_assigned_user_id`)',
  'create unique index `teams_organisation_id_name_unique` on `teams` (`organisation_id`, `name`)',
  'create table `team_members` (`id` text not null primary key, `organisation_id` text not null, `team_id` text not null, `user_id` text not null, `position` integer not null, `capacity` integer null, constraint `team_members_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `team_members_team_id_foreign` foreign key (`team_id`) references `teams` (`id`) on delete cascade, constraint `team_members_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade)',
  'create index `team_members_organisation_id_index` on `team_members` (`organisation_id`)',
  'create index `team_members_team_id_index` on `team_members` (`team_id`)',
  'create index `team_members_user_id_index` on `team_members` (`user_id`)',
  'create unique index `team_members_team_id_user_id_unique` on `team_members` (`team_id`, `user_id`)',
  'create table `routing_settings` (`organisation_id` text not null primary key, `rules` json not null, `updated_at` datetime not null, `updated_by_id` text null, constraint `routing_settings_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`) on update cascade on delete cascade, constraint `routing_settings_updated_by_id_foreign` foreign key (`updated_by_id`) references `users` (`id`) on delete set null)',
  'create index `routing_settings_organisation_id_index` on `routing_settings` (`organisation_id`)',
  'create index `routing_settings_updated_by_id_index` on `routing_settings` (`updated_by_id`)',
  "create table `conversation_events` (`id` text not null primary key, `organisation_id` text not null, `conversation_id` text not null, `kind` text check (`kind` in ('assigned', 'queued', 'transferred', 'closed', 'reopened', 'snoozed', 'returned_to_queue', 'sla_breached', 'returned_to_automation')) not null, `actor_id` text null, `from_user_id` text null, `to_user_id` text null, `from_team_id` text null, `to_team_id` text null, `note` text null, `at` datetime not null, constraint `conversation_events_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`), constraint `conversation_events_conversation_id_foreign` foreign key (`conversation_id`) references `conversations` (`id`), constraint `conversation_events_actor_id_foreign` foreign key (`actor_id`) references `users` (`id`) on delete set null, constraint `conversation_events_from_user_id_foreign` foreign key (`from_user_id`) references `users` (`id`) on delete set null, constraint `conversation_events_to_user_id_foreign` foreign key (`to_user_id`) references `users` (`id`) on delete set null, constraint `conversation_events_from_team_id_foreign` foreign key (`from_team_id`) references `teams` (`id`) on delete set null, constraint `conversation_events_to_team_id_foreign` foreign key (`to_team_id`) references `teams` (`id`) on delete set null)",
  'create index `conversation_events_organisation_id_index` on `conversation_events` (`organisation_id`)',
  'create index `conversation_events_conversation_id_index` on `conversation_events` (`conversation_id`)',
  'create index `conversation_events_actor_id_index` on `conversation_events` (`actor_id`)',
  'create index `conversation_events_from_user_id_index` on `conversation_events` (`from_user_id`)',
  'create index `conversation_events_to_user_id_index` on `conversation_events` (`to_user_id`)',
  'create index `conversation_events_from_team_id_index` on `conversation_events` (`from_team_id`)',
  'create index `conversation_events_to_team_id_index` on `conversation_events` (`to_team_id`)',
  'create index `conversation_events_conversation_id_at_index` on `conversation_events` (`conversation_id`, `at`)',
  "create table `agent_states` (`user_id` text not null primary key, `organisation_id` text not null, `availability` text check (`availability` in ('online', 'away', 'offline')) not null default 'offline', `capacity` integer null, `open_count` integer not null default 0, `last_assigned_at` datetime null, `idle_since` datetime null, `last_seen_at` datetime null, `updated_at` datetime not null, constraint `agent_states_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on update cascade on delete cascade, constraint `agent_states_organisation_id_foreign` foreign key (`organisation_id`) references `organisations` (`id`))",
  'create index `agent_states_user_id_index` on `agent_states` (`user_id`)',
  'create index `agent_states_organisation_id_index` on `agent_states` (`organisation_id`)',
  'create index `agent_states_availability_last_seen_at_index` on `agent_states` (`availability`, `last_seen_at`)',
  'alter table `conversations` add column `team_id` text null constraint `conversations_team_id_foreign` references `teams` (`id`) on delete set null',
  'alter table `conversations` add column `assigned_user_id` text null constraint `conversations_assigned_user_id_foreign` references `users` (`id`) on delete set null',
  "alter table `conversations` add column `status` text check (`status` in ('open', 'snoozed', 'closed')) not null default 'open'",
  'alter table `conversations` add column `queued_at` datetime null',
  'alter table `conversations` add column `assigned_at` datetime null',
  'alter table `conversations` add column `first_response_at` datetime null',
  'alter table `conversations` add column `snoozed_until` datetime null',
  'create index `conversations_team_id_index` on `conversations` (`team_id`)',
  'create index `conversations_assigned_user_id_index` on `conversations` (`assigned_user_id`)',
  'create index `conversations_team_id_queued_at_index` on `conversations` (`team_id`, `queued_at`)',
  'create index `conversations_assigned_user_id_status_index` on `conversations` (`assigned_user_id`, `status`)',
  'create index `conversations_status_snoozed_until_index` on `conversations` (`status`, `snoozed_until`)',
];

const postgresql = [
  'create table "teams" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(80) not null, "strategy" text not null, "fallback_strategy" text not null, "default_capacity" int not null default 5, "sla" jsonb not null, "last_assigned_user_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"))',
  'alter table "teams" add constraint "teams_organisation_id_name_unique" unique ("organisation_id", "name")',
  'create table "team_members" ("id" uuid not null, "organisation_id" uuid not null, "team_id" uuid not null, "user_id" uuid not null, "position" int not null, "capacity" int null, primary key ("id"))',
  'create index "team_members_user_id_index" on "team_members" ("user_id")',
  'alter table "team_members" add constraint "team_members_team_id_user_id_unique" unique ("team_id", "user_id")',
  'create table "routing_settings" ("organisation_id" uuid not null, "rules" jsonb not null, "updated_at" timestamptz not null, "updated_by_id" uuid null, primary key ("organisation_id"))',
  'create table "conversation_events" ("id" uuid not null, "organisation_id" uuid not null, "conversation_id" uuid not null, "kind" text not null, "actor_id" uuid null, "from_user_id" uuid null, "to_user_id" uuid null, "from_team_id" uuid null, "to_team_id" uuid null, "note" text null, "at" timestamptz not null, primary key ("id"))',
  'create index "conversation_events_conversation_id_at_index" on "conversation_events" ("conversation_id", "at")',
  `create table "agent_states" ("user_id" uuid not null, "organisation_id" uuid not null, "availability" text not null default 'offline', "capacity" int null, "open_count" int not null default 0, "last_assigned_at" timestamptz null, "idle_since" timestamptz null, "last_seen_at" timestamptz null, "updated_at" timestamptz not null, primary key ("user_id"))`,
  'create index "agent_states_availability_last_seen_at_index" on "agent_states" ("availability", "last_seen_at")',
  `alter table "conversations" add "team_id" uuid null, add "assigned_user_id" uuid null, add "status" text not null default 'open', add "queued_at" timestamptz null, add "assigned_at" timestamptz null, add "first_response_at" timestamptz null, add "snoozed_until" timestamptz null`,
  'alter table "conversations" add constraint "conversations_team_id_foreign" foreign key ("team_id") references "teams" ("id") on delete set null',
  'alter table "conversations" add constraint "conversations_assigned_user_id_foreign" foreign key ("assigned_user_id") references "users" ("id") on delete set null',
  'create index "conversations_team_id_queued_at_index" on "conversations" ("team_id", "queued_at")',
  'create index "conversations_assigned_user_id_status_index" on "conversations" ("assigned_user_id", "status")',
  'create index "conversations_status_snoozed_until_index" on "conversations" ("status", "snoozed_until")',
  `alter table "conversations" add constraint "conversations_status_check" check ("status" in ('open', 'snoozed', 'closed'))`,
  'alter table "teams" add constraint "teams_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "teams" add constraint "teams_last_assigned_user_id_foreign" foreign key ("last_assigned_user_id") references "users" ("id") on delete set null',
  `alter table "teams" add constraint "teams_strategy_check" check ("strategy" in ('round_robin', 'least_busy', 'sticky'))`,
  `alter table "teams" add constraint "teams_fallback_strategy_check" check ("fallback_strategy" in ('round_robin', 'least_busy'))`,
  'alter table "team_members" add constraint "team_members_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "team_members" add constraint "team_members_team_id_foreign" foreign key ("team_id") references "teams" ("id") on delete cascade',
  'alter table "team_members" add constraint "team_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade',
  'alter table "routing_settings" add constraint "routing_settings_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade',
  'alter table "routing_settings" add constraint "routing_settings_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on delete set null',
  'alter table "conversation_events" add constraint "conversation_events_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  'alter table "conversation_events" add constraint "conversation_events_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id")',
  'alter table "conversation_events" add constraint "conversation_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null',
  'alter table "conversation_events" add constraint "conversation_events_from_user_id_foreign" foreign key ("from_user_id") references "users" ("id") on delete set null',
  'alter table "conversation_events" add constraint "conversation_events_to_user_id_foreign" foreign key ("to_user_id") references "users" ("id") on delete set null',
  'alter table "conversation_events" add constraint "conversation_events_from_team_id_foreign" foreign key ("from_team_id") references "teams" ("id") on delete set null',
  'alter table "conversation_events" add constraint "conversation_events_to_team_id_foreign" foreign key ("to_team_id") references "teams" ("id") on delete set null',
  `alter table "conversation_events" add constraint "conversation_events_kind_check" check ("kind" in ('assigned', 'queued', 'transferred', 'closed', 'reopened', 'snoozed', 'returned_to_queue', 'sla_breached', 'returned_to_automation'))`,
  'alter table "agent_states" add constraint "agent_states_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade',
  'alter table "agent_states" add constraint "agent_states_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id")',
  `alter table "agent_states" add constraint "agent_states_availability_check" check ("availability" in ('online', 'away', 'offline'))`,
];

export class RoutingMigration extends Migration {
  override name = '0007-routing';

  override up(): void {
    for (const statement of isPostgres(this.driver) ? postgresql : sqlite) this.addSql(statement);
  }
}
