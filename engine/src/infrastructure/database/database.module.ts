import { Global, Module } from '@nestjs/common';
import { Database } from './database.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: Database) {
    return {
      module: DatabaseModule,
      providers: [{ provide: Database, useValue: database }],
      exports: [Database],
    };
  }
}
