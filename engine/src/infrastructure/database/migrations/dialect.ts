import type { Platform } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';

/** Of the two supported databases, PostgreSQL is the one with a native uuid type. */
export function isPostgresPlatform(platform: Platform): boolean {
  return platform.getUuidTypeDeclarationSQL({}) === 'uuid';
}

/** Migrations carry SQL for both supported databases. */
export function isPostgres(driver: Migration['driver']): boolean {
  return isPostgresPlatform(driver.getPlatform());
}
