import { defineConfig } from 'vitest/config';

/** Unit and integration tests on Node: contract, services, db (real SQLite), host, policies. */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/electron/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    // Time limits catch a hang, they measure nothing: CI runs on a shared 2-core machine that
    // is often loaded, where a test that takes 3 s alone can take 30 s. Speed is `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
