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
  // No retries: a test that passes only the second time is flaky, and a retry would hide it.
  retries: 0,
  forbidOnly: !!process.env['CI'],
  // Time policy: a busy machine (CI's load can be 8 on 2 cores) makes a test slow, not failed. So each
  // test gets fifteen minutes and each expectation two; no global timeout (CI stops a hung run at 90
  // minutes). Tests do not set shorter timeouts of their own.
  timeout: 15 * 60_000,
  expect: { timeout: 2 * 60_000 },
  reporter: [['list']],
  use: {
    // Clicks, fills and page loads wait as long as the test may (0: no limit of their own).
    actionTimeout: 0,
    navigationTimeout: 0,
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
