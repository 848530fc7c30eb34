import { defineConfig } from 'vitest/config';

// Unit and service tests run in Node; the browser tests are Playwright's (tests/e2e).
// Timeouts are sized for a loaded 2-core machine, where a test waits its turn
// for the CPU: they catch a hang, never measure speed (benchmarks do that).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
