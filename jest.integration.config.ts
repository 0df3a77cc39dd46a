import type { Config } from 'jest';
import { readFileSync } from 'node:fs';
import { pathsToModuleNameMapper } from 'ts-jest';

// Integration tests (*.integration-spec.ts) against the real PostgreSQL and Redis
// of the test profile: `npm run test:integration` starts the stack and sets
// DATABASE_URL and REDIS_URL. Types are checked by the typecheck step; here
// ts-jest only transpiles (with decorator metadata, which NestJS and TypeORM need).
const base = JSON.parse(
  readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'),
) as {
  compilerOptions: { paths: Record<string, string[]> };
};

const config: Config = {
  displayName: 'integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts'],
  modulePathIgnorePatterns: [
    '<rootDir>/dist',
    '<rootDir>/.nx',
    '<rootDir>/tmp',
  ],
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: {
          isolatedModules: true,
          // openid-client and its dependencies ship only ES modules (see transformIgnorePatterns).
          allowJs: true,
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
  // ESM-only packages the API requires (Node runs them through require(esm); Jest needs them transpiled).
  transformIgnorePatterns: [
    '/node_modules/(?!(openid-client|oauth4webapi|jose)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(base.compilerOptions.paths, {
    prefix: '<rootDir>/',
  }),
  // Ten minutes a test (and a hook): on a busy machine a test that boots the app and makes many
  // requests can take several; slow is not failed. A hang ends here or at CI's 90-minute limit.
  testTimeout: 10 * 60_000,
};

export default config;
