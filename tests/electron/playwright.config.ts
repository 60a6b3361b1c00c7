import { defineConfig } from '@playwright/test';

/** The Electron smoke suite; started by scripts/test-electron.mjs only where the binary exists. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 180_000,
  reporter: [['list']],
});
