import { defineConfig } from 'vitest/config';

// Unit and service tests run in Node; the browser tests are Playwright's (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
