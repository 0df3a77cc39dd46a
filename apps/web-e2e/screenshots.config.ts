import { defineConfig, devices } from '@playwright/test';

/**
 * The pictures in the documentation, taken from the demo organisation as a
 * newcomer sees it after `npm start` (not a test: it asserts nothing and is
 * not part of `npm test`). `npm run docs:screenshots` with the app running
 * on BASE_URL (default http://localhost:3000).
 */
export default defineConfig({
  testDir: './screenshots',
  testMatch: /\.shot\.ts$/,
  outputDir: '../../tmp/playwright/screenshots-output',
  workers: 1,
  retries: 0,
  timeout: 5 * 60_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env['BASE_URL'] ?? 'http://localhost:3000',
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    },
  },
});
