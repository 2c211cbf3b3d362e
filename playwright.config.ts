import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension and its own API, so tests run
// one at a time: two cores cannot host more without making timing flaky.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
