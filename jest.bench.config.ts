import type { Config } from 'jest';
import integration from './jest.integration.config';

// Benchmarks (*.bench.ts) reuse the integration setup; run them with `npm run bench`.
const config: Config = {
  ...integration,
  displayName: 'bench',
  testMatch: ['<rootDir>/apps/**/*.bench.ts'],
  testTimeout: 30 * 60_000,
};

export default config;
