import { defineConfig } from '@playwright/test';
import { chromiumPath } from './support/chromium.js';

/**
 * Browser tests (`npm test` runs them after Jest): Playwright drives Debian's Chromium against
 * the whole system started by the launcher, as `npm start` runs it (real API, worker,
 * PostgreSQL and Temporal) on free ports and a scratch data folder. Screenshots of every
 * screen go to test-results/screens/ (git-ignored), for people to look at.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  outputDir: '../../test-results/browser',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: ['--no-sandbox'] },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
    actionTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
