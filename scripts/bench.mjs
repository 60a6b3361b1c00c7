// `npm run bench [-- SUITE…]`: builds the app (if sources changed) and the bare React
// baseline page with the same Vite config, bundles bench/ with esbuild into out/bench/node
// (so the bundles find resources/ and node_modules by walking up) and runs it on this Node.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { buildApp, isBuildCurrent } from './build.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out', 'bench');

if (!isBuildCurrent()) await buildApp({ quiet: true });
const { build: viteBuild } = await import('vite');
await viteBuild({
  configFile: join(root, 'vite.config.ts'),
  root: join(root, 'bench', 'baseline'),
  logLevel: 'silent',
  build: { outDir: join(outDir, 'baseline'), emptyOutDir: true },
});

await build({
  entryPoints: {
    run: join(root, 'bench/run.ts'),
    'main-ready': join(root, 'bench/children/main-ready.ts'),
    'main-ready-app': join(root, 'bench/children/main-ready-app.ts'),
    'pdf-export': join(root, 'bench/children/pdf-export.ts'),
    'pdf-bare': join(root, 'bench/children/pdf-bare.ts'),
    // The app's PDF worker thread, beside the bench bundles that start it (bench/lib/bench-workbook.ts).
    'pdf-worker': join(root, 'main/services/pdf-jobs/pdf-worker.ts'),
  },
  outdir: join(outDir, 'node'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  // The same externals as the app's own main bundle, plus the browser driver.
  external: ['better-sqlite3', 'pdfkit', 'hyphen', '@playwright/test', 'playwright-core'],
  logLevel: 'warning',
});

const result = spawnSync(process.execPath, [join(outDir, 'node', 'run.cjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
