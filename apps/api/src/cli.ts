import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigValidationError, loadConfig } from '@inspraak/api-core';
import { SetupError, setupOrganisation } from '@inspraak/api-accounts';
import {
  migrate,
  migrationDataSource,
  pendingSchemaChanges,
} from './database/migration-data-source';
import { AppModule } from './app/app.module';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATION_SLUG,
  DEMO_PASSWORD,
  seedDemo,
} from './seed/demo-seed';
import { demoWantedEmpty } from './seed/demo-switch';
import { pendingShowcaseParts, seedShowcase } from './seed/demo-showcase';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  migrate                     apply pending migrations
  seed-demo [--empty]         create the demo organisation (once) with its content and print its logins;
                              --empty (or INSPRAAK_DEMO=empty): only the directory and the six logins
  setup-organisation --name "<name>" --advisor-email <e-mail> --advisor-first-name <name>
                     --advisor-last-name <name> [--advisor-employee-number <personeelsnummer>]
                     [--email-domain <domain>]
                              create a real organisation and invite its first advisor (link printed and mailed)
  demo-logins                 print the demo logins (no database needed)
  migration:check             fail when entities and migrations disagree
  migration:generate <Name>   write apps/api/src/migrations/<timestamp>-<Name>.ts from the difference`;

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv;
  const commands = [
    'migrate',
    'seed-demo',
    'setup-organisation',
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
  const config = loadConfig();
  const dataSource = await migrationDataSource(config).initialize();
  try {
    if (command === 'setup-organisation') return await setup(argv.slice(1));
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
      if (demoWantedEmpty(argv.slice(1), process.env))
        console.log(
          'Empty demo (--empty / INSPRAAK_DEMO=empty): the directory and the six logins, no further content.',
        );
      else await seedDemoContent(dataSource);
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

  async function setup(args: string[]): Promise<number> {
    // The command's own lines are the output; the mail service's debug line is not.
    Logger.overrideLogger(['error', 'warn']);
    let values: Record<string, string | undefined>;
    try {
      values = parseArgs({
        args,
        options: Object.fromEntries(
          [
            'name',
            'advisor-email',
            'advisor-first-name',
            'advisor-last-name',
            'advisor-employee-number',
            'email-domain',
          ].map((option) => [option, { type: 'string' as const }]),
        ),
      }).values as Record<string, string | undefined>;
    } catch (error) {
      console.error(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    const missing = [
      'name',
      'advisor-email',
      'advisor-first-name',
      'advisor-last-name',
    ].filter((option) => !values[option]);
    if (missing.length) {
      console.error(
        `Missing: ${missing.map((m) => `--${m}`).join(', ')}\n${USAGE}`,
      );
      return 2;
    }
    try {
      const result = await setupOrganisation(dataSource, config, {
        name: values['name']!,
        advisorEmail: values['advisor-email']!,
        advisorFirstName: values['advisor-first-name']!,
        advisorLastName: values['advisor-last-name']!,
        advisorEmployeeNumber: values['advisor-employee-number'],
        emailDomain: values['email-domain'],
      });
      console.log(
        `Organisation "${values['name']!.trim()}" created (slug ${result.slug}, id ${result.organisationId}).\n` +
          `Invitation for the first advisor ${result.delivery === 'SMTP' ? 'mailed' : 'kept in the development outbox (DEV_OUTBOX, without its link)'}; ` +
          `it works once, until ${result.expiresAt.toISOString()}:\n  ${result.link}`,
      );
      return 0;
    } catch (error) {
      if (error instanceof SetupError) {
        console.error(error.message);
        return 1;
      }
      throw error;
    }
  }
}

/**
 * The demo's content (pool, trajectories, surveys, procedures, …), made
 * through the API's own services: the API's modules are started without
 * HTTP only when a part is still missing, so a second run is quick.
 */
async function seedDemoContent(dataSource: DataSource): Promise<void> {
  const started = Date.now();
  const [organisation] = (await dataSource.query(
    'SELECT id FROM organisation WHERE slug = $1',
    [DEMO_ORGANISATION_SLUG],
  )) as { id: string }[];
  const pending = await pendingShowcaseParts(dataSource, organisation!.id);
  if (pending.length === 0) {
    console.log('Demo content already present.');
    return;
  }
  // The services' own log lines (queued mail, …) are not the command's output.
  const app = await NestFactory.createApplicationContext(AppModule, {
    logger: ['error', 'warn'],
  });
  try {
    const timings = await seedShowcase(app, dataSource, organisation!.id);
    console.log(
      `Demo content seeded in ${((Date.now() - started) / 1000).toFixed(1)} s (${timings
        .map((t) => `${t.part} ${(t.ms / 1000).toFixed(1)} s`)
        .join(', ')}).`,
    );
  } finally {
    await app.close();
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
