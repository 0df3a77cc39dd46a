import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigValidationError, loadConfig } from '@inspraak/api-core';
import {
  migrate,
  migrationDataSource,
  pendingSchemaChanges,
} from './database/migration-data-source';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/demo-seed';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  migrate                     apply pending migrations
  seed-demo                   create the demo organisation (once) and print its logins
  demo-logins                 print the demo logins (no database needed)
  migration:check             fail when entities and migrations disagree
  migration:generate <Name>   write apps/api/src/migrations/<timestamp>-<Name>.ts from the difference`;

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv;
  const commands = [
    'migrate',
    'seed-demo',
    'demo-logins',
    'migration:check',
    'migration:generate',
  ];
  if (!command || !commands.includes(command)) {
    console.error(USAGE);
    return 2;
  }
  if (command === 'demo-logins') {
    printDemoLogins();
    return 0;
  }
  const dataSource = await migrationDataSource(loadConfig()).initialize();
  try {
    if (command === 'migrate') {
      const applied = await migrate(dataSource);
      console.log(
        applied.length
          ? `Applied migrations: ${applied.join(', ')}`
          : 'Database is up to date.',
      );
    } else if (command === 'seed-demo') {
      const created = await seedDemo(dataSource);
      console.log(
        created
          ? 'Demo organisation "Zorggroep Voorbeeld" created.'
          : 'Demo organisation already present.',
      );
      printDemoLogins();
    } else if (command === 'migration:check') {
      const { up } = await pendingSchemaChanges(dataSource);
      if (up.length > 0) {
        console.error(
          `Entities and migrations disagree; a migration is missing for:\n${up.join(';\n')}`,
        );
        return 1;
      }
      console.log('Entities and migrations agree.');
    } else {
      if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
        console.error(
          'Give the migration a name in PascalCase, e.g. migration:generate AddSurveys',
        );
        return 2;
      }
      await migrate(dataSource);
      const { up, down } = await pendingSchemaChanges(dataSource);
      if (up.length === 0) {
        console.log('No schema changes: nothing to generate.');
        return 0;
      }
      const timestamp = Date.now();
      const file = join(
        process.cwd(),
        'apps/api/src/migrations',
        `${timestamp}-${name}.ts`,
      );
      mkdirSync(join(process.cwd(), 'apps/api/src/migrations'), {
        recursive: true,
      });
      const quote = (sql: string) =>
        '`' +
        sql
          .replace(/\\/g, '\\\\')
          .replace(/`/g, '\\`')
          .replace(/\$\{/g, '\\${') +
        '`';
      writeFileSync(
        file,
        `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((sql) => `    await queryRunner.query(${quote(sql)});`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down
  .reverse()
  .map((sql) => `    await queryRunner.query(${quote(sql)});`)
  .join('\n')}
  }
}
`,
      );
      console.log(`Wrote ${file}. Add it to apps/api/src/migrations/index.ts.`);
    }
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

function printDemoLogins() {
  console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS)
    console.log(`  ${account.roles.join(', ').padEnd(14)} ${account.email}`);
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(
      error instanceof ConfigValidationError
        ? error.message
        : `Failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
