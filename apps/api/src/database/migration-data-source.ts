import { DataSource } from 'typeorm';
import { AppConfig, dataSourceOptions } from '@inspraak/api-core';
import { ALL_ENTITIES } from './all-entities';
import { MIGRATIONS } from '../migrations';

export function migrationDataSource(
  config: Pick<AppConfig, 'DATABASE_URL'>,
): DataSource {
  return new DataSource(
    dataSourceOptions(config, {
      applicationName: 'inspraak-cli',
      entities: ALL_ENTITIES,
      migrations: MIGRATIONS,
    }),
  );
}

/** Runs pending migrations; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** SQL that would bring the database in line with the entities; empty when entities and migrations agree. */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query),
  };
}
