import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('typed GraphQL operations of the web app', () => {
  it('are generated from the current schema (run `npm run codegen` when this fails)', () => {
    const root = join(__dirname, '../..');
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'),
        '--config',
        'codegen.ts',
        '--check',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/error/i);
    expect(run.status).toBe(0);
  });
});
