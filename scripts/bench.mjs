// `npm run bench`: bundles bench/run.ts with esbuild and runs it on this Node (24 under npm).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const entries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['bench/run.ts'];
for (const entry of entries) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'werkboek-bench-')), 'bench.cjs');
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3', 'pdfkit'],
    // __dirname inside the bundle must still point at the sources' folder.
    define: { __dirname: JSON.stringify(join(root, entry, '..')) },
    logLevel: 'warning',
  });
  console.log(`\n== ${entry} ==`);
  const result = spawnSync(process.execPath, [outfile], {
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
