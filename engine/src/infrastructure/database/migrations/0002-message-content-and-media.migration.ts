import { Migration } from '@mikro-orm/migrations';
import { isPostgres } from './dialect.js';

const sqlite = [
  'alter table `messages` add column `content` json null',
  "create table `media` (`id` text not null primary key, `message_id` text not null, `channel` text not null, `platform_media_id` text not null, `state` text check (`state` in ('pending', 'stored', 'failed')) not null, `mime_type` text null, `sha256` text null, `size_bytes` integer null, `filename` text null, `attempts` integer not null default 0, `available_at` datetime not null, `last_error` text null, `created_at` datetime not null, constraint `media_message_id_foreign` foreign key (`message_id`) references `messages` (`id`))",
  'create index `media_message_id_index` on `media` (`message_id`)',
  'create index `media_state_available_at_index` on `media` (`state`, `available_at`)',
  'create unique index `media_channel_platform_media_id_unique` on `media` (`channel`, `platform_media_id`)',
];

const postgresql = [
  'alter table "messages" add column "content" jsonb null',
  'create table "media" ("id" uuid not null, "message_id" uuid not null, "channel" varchar(32) not null, "platform_media_id" varchar(255) not null, "state" text not null, "mime_type" varchar(255) null, "sha256" varchar(64) null, "size_bytes" int null, "filename" varchar(255) null, "attempts" int not null default 0, "available_at" timestamptz not null, "last_error" text null, "created_at" timestamptz not null, primary key ("id"))',
  'create index "media_message_id_index" on "media" ("message_id")',
  'create index "media_state_available_at_index" on "media" ("state", "available_at")',
  'alter table "media" add constraint "media_channel_platform_media_id_unique" unique ("channel", "platform_media_id")',
  'alter table "media" add constraint "media_state_check" check ("state" in (\'pending\', \'stored\', \'failed\'))',
  'alter table "media" add constraint "media_message_id_foreign" foreign key ("message_id") references "messages" ("id")',
];

/** Normalized content for every message kind, and the media customers send. */
export class MessageContentAndMediaMigration extends Migration {
  override name = '0002-message-content-and-media';

  override up(): void {
    for (const statement of isPostgres(this.driver) ? postgresql : sqlite) this.addSql(statement);
  }

  override down(): void {
    this.addSql('drop table media');
    this.addSql('alter table messages drop column content');
  }
}
