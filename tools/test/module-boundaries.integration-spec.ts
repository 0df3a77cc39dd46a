import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Proves the Nx tags really constrain imports: lint the same one-line import
 * as if it were written in different projects and see which are refused.
 */
describe('module boundaries are enforced by lint', () => {
  const root = join(__dirname, '../..');

  // ESLint runs as its own process: its flat config is an ES module, which Jest's CommonJS sandbox cannot load.
  async function boundaryErrors(
    filePath: string,
    source: string,
  ): Promise<string[]> {
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/eslint/bin/eslint.js'),
        '--stdin',
        '--stdin-filename',
        filePath,
        '--format',
        'json',
      ],
      {
        cwd: root,
        input: `${source}\nexport const probe = value;\n`,
        encoding: 'utf8',
        env: { ...process.env, NX_DAEMON: 'false' },
      },
    );
    const [result] = JSON.parse(run.stdout) as {
      messages: { ruleId: string | null; message: string }[];
    }[];
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
      .map((m) => m.message);
  }

  it.each([
    [
      'the domain library reaching into the API',
      'libs/domain/src/lib/probe.ts',
      "import { AuditEntry as value } from '@inspraak/api-core';",
    ],
    [
      'a web library importing the API',
      'libs/web/directory/src/lib/probe.ts',
      "import { DirectoryService as value } from '@inspraak/api-directory';",
    ],
    [
      'a UI library importing a feature',
      'libs/web/ui/src/lib/probe.ts',
      "import * as value from '@inspraak/web-directory';",
    ],
    [
      'the API importing a web library',
      'libs/api/directory/src/lib/probe.ts',
      "import * as value from '@inspraak/web-core';",
    ],
    [
      'shared code importing the web',
      'libs/shared/src/lib/probe.ts',
      "import * as value from '@inspraak/web-ui';",
    ],
  ])('refuses %s', async (_label, file, source) => {
    expect(await boundaryErrors(file, source)).not.toEqual([]);
  });

  it.each([
    [
      'an API feature using the API core',
      'libs/api/directory/src/lib/probe.ts',
      "import { TenantDb as value } from '@inspraak/api-core';",
    ],
    [
      'a web feature using the UI library',
      'libs/web/directory/src/lib/probe.ts',
      "import * as value from '@inspraak/web-ui';",
    ],
    [
      'the API core using the domain',
      'libs/api/core/src/lib/probe.ts',
      "import { Role as value } from '@inspraak/domain';",
    ],
  ])('allows %s', async (_label, file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([]);
  });
});
