/** Written to jest.integration.config.ts by the test runner when the repository has none yet. */
export const MINIMAL_INTEGRATION_CONFIG = `import type { Config } from 'jest';
import { readFileSync } from 'node:fs';
import { pathsToModuleNameMapper } from 'ts-jest';

// Integration tests (*.integration-spec.ts) against the real PostgreSQL and Redis
// of the test profile: run them with \`npm run test:integration\`, which starts
// the stack and sets DATABASE_URL and REDIS_URL.
const base = JSON.parse(readFileSync(\`\${__dirname}/tsconfig.base.json\`, 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

const config: Config = {
  displayName: 'integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts'],
  transform: {
    '^.+\\\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          target: 'es2022',
          esModuleInterop: true,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          skipLibCheck: true,
          types: ['jest', 'node'],
        },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(base.compilerOptions.paths, { prefix: '<rootDir>/' }),
  testTimeout: 600000,
};

export default config;
`;
