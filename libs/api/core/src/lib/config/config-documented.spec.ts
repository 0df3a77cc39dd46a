import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_VARIABLES } from './app-config';

const readmePath = resolve(__dirname, '../../../../../../README.md');

/** The variables named in the first column of the README's "## Configuration" table. */
function documentedVariables(readme: string): Set<string> {
  const section =
    readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
  const names = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) =>
      [...line.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map(
        (match) => match[1],
      ),
    );
  return new Set(names);
}

describe('the README documents the configuration', () => {
  it('names every variable the configuration reads in its configuration table', () => {
    const documented = documentedVariables(readFileSync(readmePath, 'utf8'));
    expect(CONFIG_VARIABLES.length).toBeGreaterThan(20);
    expect(CONFIG_VARIABLES.filter((name) => !documented.has(name))).toEqual(
      [],
    );
  });
});
