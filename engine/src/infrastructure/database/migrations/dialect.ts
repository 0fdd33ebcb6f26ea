import type { Migration } from '@mikro-orm/migrations';

/** Migrations carry SQL for both supported databases; PostgreSQL is the one with a native uuid type. */
export function isPostgres(driver: Migration['driver']): boolean {
  return driver.getPlatform().getUuidTypeDeclarationSQL({}) === 'uuid';
}
