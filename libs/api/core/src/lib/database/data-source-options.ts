import type { DataSourceOptions, MixedList } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's own type for entity lists; `Function` is what it accepts for classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string>;

/**
 * The one description of how we talk to PostgreSQL. `synchronize` stays off:
 * the schema changes only through the migrations in apps/api/src/migrations.
 */
export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL'>,
  extra: {
    entities?: EntityList;
    migrations?: EntityList;
    applicationName: string;
  },
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: extra.entities,
    migrations: extra.migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migration',
    applicationName: extra.applicationName,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    extra: { max: 10 },
  };
}
