import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  // Jest reads testTimeout from the root config when it runs several projects (`npm test`); the same
  // five minutes as jest.preset.js, which applies when one project runs alone (`nx test <project>`).
  testTimeout: 5 * 60_000,
});
