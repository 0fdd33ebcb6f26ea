import { type Platform, Type } from '@mikro-orm/core';

/**
 * A boolean column both databases take through typed queries: PostgreSQL gets true/false,
 * SQLite (whose driver binds no booleans) gets 1/0. Reads come back as booleans on both.
 */
export class PortableBoolean extends Type<boolean, boolean | number> {
  override getColumnType(_prop: unknown, platform: Platform): string {
    return platform.getBooleanTypeDeclarationSQL();
  }

  override compareAsType(): string {
    return 'boolean';
  }

  override convertToDatabaseValue(value: boolean, platform: Platform): boolean | number {
    if (typeof value !== 'boolean') return value;
    return platform.getBooleanTypeDeclarationSQL() === 'boolean' ? value : Number(value);
  }

  override convertToJSValue(value: boolean | number): boolean {
    return Boolean(value);
  }

  override ensureComparable(): boolean {
    return false;
  }
}
