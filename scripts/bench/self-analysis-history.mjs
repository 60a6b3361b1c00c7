// Benchmark of the Zelfanalyses history: 500 runs seeded through the real service in a temp
// SQLite file, then the history query, the trend and one run's detail are timed.
// Run with Node ≥ 22 through npm: `npm exec -- node scripts/bench/self-analysis-history.mjs [runs] [--keep DIR]`
// (--keep seeds into DIR and leaves it, to open the screens on that data with `npm run host -- --data-dir DIR`).
// It bundles its TypeScript entry with esbuild into out/bench/ first; no prior build needed.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const outfile = join(root, 'out', 'bench', 'self-analysis-history.cjs');
mkdirSync(join(root, 'out', 'bench'), { recursive: true });
await build({
  entryPoints: [join(root, 'tests/bench/self-analysis-history.bench-run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['better-sqlite3'],
  logLevel: 'warning',
});
const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const keepIn = keepAt === -1 ? undefined : resolve(args[keepAt + 1] ?? '');
const runs = Number(args.find((arg, index) => /^\d+$/.test(arg) && index !== keepAt + 1) ?? 500);
createRequire(import.meta.url)(outfile).runBenchmark({ repoRoot: root, runs, repeats: 15, keepIn });
