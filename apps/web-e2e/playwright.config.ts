import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the built app, served by the API (npm run test:e2e
 * starts it on port 3100 and sets BASE_URL). Uses the system Chromium
 * (/usr/bin/chromium, Debian package): never `npx playwright install`.
 */
const baseURL = process.env['BASE_URL'] ?? 'http://localhost:3100';

export default defineConfig({
  testDir: './src',
  outputDir: '../../tmp/playwright/test-output',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'off',
    screenshot: 'only-on-failure',
    locale: 'nl-NL',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      // After all the others: the apps' log of the whole run holds no secret (needs E2E_APP_LOG from the runner).
      name: 'request-log',
      testMatch: /request-log\.check\.ts$/,
      dependencies: ['chromium'],
    },
  ],
});
