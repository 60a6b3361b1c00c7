import { defineConfig } from 'vitest/config';

/** Unit and integration tests on Node: contract, services, db (real SQLite), host, policies. */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/electron/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
